package io.suanli.core.system.application;

import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.system.domain.MessageDelivery;
import io.suanli.core.system.domain.MessageTemplate;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;

/**
 * The system console's side of messaging (S3): templates with their variables and a preview, and the delivery
 * log — in the dev profile also the SMS outbox — whose content is shown only on an audited request.
 */
@Stateless
@RolesAllowed(Roles.SYS_ADMIN)
public class MessageAdminService {

    /** Sample values of every variable the templates use, for previews. */
    public static final Map<String, String> SAMPLE = Map.of("system", "算力运营管理平台", "code", "123456", "minutes", "10",
            "name", "张三", "days", "7", "link", "https://suanli.example/verify-email?token=…", "reason", "证件照片不清晰",
            "customer", "星河智算科技有限公司");

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Inject
    RealTime time;

    @Inject
    FieldCipher cipher;

    @Resource
    SessionContext ctx;

    @RequiresFunction(StaffFunction.SYSTEM_TEMPLATES_EDIT)
    public List<TemplateView> templates() {
        return em.createQuery("select t from MessageTemplate t order by t.code, t.channel, t.locale", MessageTemplate.class)
                .getResultList().stream().map(t -> new TemplateView(t.code(), t.channel().name(), t.locale(), t.subject(), t.body()))
                .toList();
    }

    @Audited("TEMPLATE_UPDATE")
    @RequiresFunction(StaffFunction.SYSTEM_TEMPLATES_EDIT)
    public TemplateView updateTemplate(String code, String channel, String locale, String subject, String body) {
        MessageTemplate t = em.find(MessageTemplate.class, new MessageTemplate.Key(code, channel, locale));
        if (t == null) {
            throw new NotFoundException("request.notFound");
        }
        if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
            throw new SuanliException("validation.required", "template");
        }
        int max = "SMS".equals(channel) ? 500 : 4000;
        if (body.length() > max || subject.length() > 200) {
            throw new SuanliException("validation.tooLong", "template", max);
        }
        t.change(subject.trim(), body, time.now(), ctx.getCallerPrincipal().getName());
        return new TemplateView(t.code(), t.channel().name(), t.locale(), t.subject(), t.body());
    }

    /** The text with sample values, as a recipient would read it. */
    @RequiresFunction(StaffFunction.SYSTEM_TEMPLATES_EDIT)
    public String preview(String text) {
        return MessageTemplate.render(text == null ? "" : text, SAMPLE);
    }

    @RequiresFunction(StaffFunction.SYSTEM_MESSAGES_VIEW)
    public Page<DeliveryView> deliveries(String channel, String templateCode, int first, int max) {
        String where = " where 1 = 1" + (blank(channel) ? "" : " and d.channel = :c") + (blank(templateCode) ? "" : " and d.templateCode = :t");
        TypedQuery<MessageDelivery> rows = em.createQuery("select d from MessageDelivery d" + where + " order by d.id desc", MessageDelivery.class);
        TypedQuery<Long> count = em.createQuery("select count(d) from MessageDelivery d" + where, Long.class);
        if (!blank(channel)) {
            rows.setParameter("c", channel);
            count.setParameter("c", channel);
        }
        if (!blank(templateCode)) {
            rows.setParameter("t", templateCode);
            count.setParameter("t", templateCode);
        }
        List<DeliveryView> page = rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(max, 1), 200))
                .getResultList().stream().map(MessageAdminService::view).toList();
        return new Page<>(page, count.getSingleResult());
    }

    /** The full recipient and text of one message (e.g. to read a code in the dev outbox); audited. */
    @Audited("MESSAGE_REVEAL")
    @RequiresFunction(StaffFunction.SYSTEM_MESSAGES_VIEW)
    public String reveal(long deliveryId) {
        MessageDelivery d = em.find(MessageDelivery.class, deliveryId);
        if (d == null) {
            throw new NotFoundException("request.notFound");
        }
        return cipher.decrypt(MessageService.BODY, d.bodyEnc());
    }

    private static DeliveryView view(MessageDelivery d) {
        return new DeliveryView(d.id(), d.createdAt(), d.channel(), d.templateCode(), d.recipientMasked(), d.subject(), d.status(),
                d.providerRef(), d.error());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
