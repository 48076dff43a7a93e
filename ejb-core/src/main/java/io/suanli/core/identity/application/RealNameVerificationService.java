package io.suanli.core.identity.application;

import io.suanli.core.identity.domain.ChineseIds;
import io.suanli.core.identity.domain.Customer;
import io.suanli.core.identity.domain.Region;
import io.suanli.core.identity.domain.FileContent;
import io.suanli.core.identity.domain.RealNameVerification;
import io.suanli.core.identity.domain.UploadedFile;
import io.suanli.core.identity.domain.UserAccount;
import io.suanli.core.identity.infrastructure.UploadStore;
import io.suanli.core.shared.application.FieldCipher;
import io.suanli.core.shared.domain.Audited;
import io.suanli.core.shared.domain.Ids;
import io.suanli.core.shared.domain.Masking;
import io.suanli.core.shared.domain.NotFoundException;
import io.suanli.core.shared.domain.Page;
import io.suanli.core.shared.domain.RequiresFunction;
import io.suanli.core.shared.domain.Roles;
import io.suanli.core.shared.domain.StaffFunction;
import io.suanli.core.shared.domain.SuanliException;
import io.suanli.core.shared.domain.Validation;
import io.suanli.core.system.application.MessageService;
import io.suanli.core.shared.application.PlatformClock;
import io.suanli.core.shared.application.RealTime;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Real-name verification (U1): customers submit personal (name, ID card number) or enterprise materials (company,
 * unified social credit code, legal representative and ID number, business licence image); operations approve
 * or reject with a reason; the customer is notified; an approved customer is verified and may order.
 */
@Stateless
public class RealNameVerificationService {

    /** The largest upload (a business licence) in bytes. */
    public static final long MAX_UPLOAD_BYTES = FileContent.MAX_BYTES;

    /** The purpose of a file uploaded as a distributor application's materials. */
    public static final String DISTRIBUTOR_MATERIALS = "DISTRIBUTOR_MATERIALS";

    /** The purpose of a contract's files (PDF), uploaded by staff for the contract's customer. */
    public static final String CONTRACT_FILE = "CONTRACT_FILE";

    static final String ID_FIELD = "id_number";

    @Inject
    jakarta.enterprise.event.Event<CustomerEvent> events;

    @PersistenceContext(unitName = "suanli")
    EntityManager em;

    @Resource
    SessionContext ctx;

    @Inject
    RealTime time;

    @Inject
    FieldCipher cipher;

    @Inject
    MessageService messages;

    @Inject
    UploadStore store;

    /** The caller's customer's latest verification, if any. */
    @RolesAllowed(Roles.CUSTOMER)
    public Optional<VerificationView> mine() {
        UserAccount u = caller();
        return latest(u.customerId()).map(this::view);
    }

    @RolesAllowed(Roles.CUSTOMER)
    public boolean myCustomerVerified() {
        return em.find(Customer.class, caller().customerId()).verified();
    }

    /** Stores an uploaded licence image (JPEG, PNG or PDF by content, at most 5 MB); answers its file id. */
    @RolesAllowed(Roles.CUSTOMER)
    @Audited("FILE_UPLOAD")
    public long upload(String fileName, byte[] data) {
        return store(fileName, data, "BUSINESS_LICENCE");
    }

    /** Stores the materials of a distributor application (its licence), with the same checks; answers its file id. */
    @RolesAllowed(Roles.CUSTOMER)
    @io.suanli.core.shared.domain.NoFunction("a customer's own upload")
    @Audited("FILE_UPLOAD")
    public long uploadMaterials(String fileName, byte[] data) {
        return store(fileName, data, DISTRIBUTOR_MATERIALS);
    }

    /** Whether the file exists, was uploaded for that purpose and belongs to the caller's customer. */
    @RolesAllowed(Roles.CUSTOMER)
    @io.suanli.core.shared.domain.NoFunction("a customer's own file")
    public boolean mine(long fileId, String purpose) {
        UploadedFile f = em.find(UploadedFile.class, fileId);
        UserAccount u = caller();
        return f != null && f.purpose().equals(purpose) && u.customerId() != null && f.ownerCustomerId() == u.customerId();
    }

    /** The materials of a distributor application, for the staff who review distributors; any other file is not found. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_DISTRIBUTION_VIEW)
    public StoredFile materials(long fileId) {
        UploadedFile f = em.find(UploadedFile.class, fileId);
        if (f == null || !DISTRIBUTOR_MATERIALS.equals(f.purpose())) {
            throw new NotFoundException("request.notFound");
        }
        return new StoredFile(f.fileName(), f.contentType(), store.read(f.storagePath()));
    }

    /**
     * Stores a contract's file for its customer (staff who edit contracts): a PDF by its content, at most 5 MB; the
     * customer's administrator reads it as its own file. Answers the file id.
     */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_CONTRACT_EDIT)
    @Audited("FILE_UPLOAD")
    public long uploadContractFile(long customerId, String fileName, byte[] data) {
        if (em.find(Customer.class, customerId) == null) {
            throw new NotFoundException("customer.notFound", String.valueOf(customerId));
        }
        String type = checked(data);
        if (!"application/pdf".equals(type)) {
            throw new SuanliException("contract.pdfOnly");
        }
        long id = Ids.next();
        String path = store.save(id, data);
        String name = io.suanli.core.shared.domain.FileNames.display(fileName, "contract.pdf", 200);
        em.persist(new UploadedFile(id, customerId, CONTRACT_FILE, name, type, data.length, sha256(data), path, time.now(),
                ctx.getCallerPrincipal().getName()));
        return id;
    }

    /** A contract's file, for the staff who read contracts; any other file is not found. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_CONTRACT_VIEW)
    public StoredFile contractFile(long fileId) {
        UploadedFile f = em.find(UploadedFile.class, fileId);
        if (f == null || !CONTRACT_FILE.equals(f.purpose())) {
            throw new NotFoundException("request.notFound");
        }
        return new StoredFile(f.fileName(), f.contentType(), store.read(f.storagePath()));
    }

    /** The content checks of every upload: not empty, at most 5 MB, a JPEG, PNG or PDF by its bytes; answers the type. */
    private static String checked(byte[] data) {
        if (data == null || data.length == 0) {
            throw new SuanliException("upload.empty");
        }
        if (data.length > FileContent.MAX_BYTES) {
            throw new SuanliException("upload.tooLarge", FileContent.MAX_BYTES / 1024 / 1024);
        }
        return FileContent.sniff(data).orElseThrow(() -> new SuanliException("upload.typeRefused"));
    }

    private long store(String fileName, byte[] data, String purpose) {
        UserAccount u = caller();
        if (!u.isCustomerAdmin()) {
            throw new io.suanli.core.shared.domain.ForbiddenException("verification.adminOnly");
        }
        String type = checked(data);
        long id = Ids.next();
        String path = store.save(id, data);
        String name = io.suanli.core.shared.domain.FileNames.display(fileName, "file", 200);
        em.persist(new UploadedFile(id, u.customerId(), purpose, name, type, data.length, sha256(data), path, time.now(), u.username()));
        return id;
    }

    @RolesAllowed(Roles.CUSTOMER)
    @Audited("VERIFICATION_SUBMIT")
    public VerificationView submitPersonal(String name, String idNumber) {
        UserAccount u = caller();
        Customer c = submittable(u, Customer.Type.PERSONAL);
        String n = Validation.requiredText(name, 50, "verification.name");
        String id = idCard(idNumber);
        RealNameVerification v = RealNameVerification.personal(Ids.next(), c.id(), n, cipher.encrypt(ID_FIELD, id),
                Masking.idNumber(id), u.username(), time.now());
        em.persist(v);
        notifyOperations(c);
        return view(v);
    }

    @RolesAllowed(Roles.CUSTOMER)
    @Audited("VERIFICATION_SUBMIT")
    public VerificationView submitEnterprise(String company, String creditCode, String legalRepName, String legalRepId,
                                             Long licenceFileId) {
        UserAccount u = caller();
        Customer c = submittable(u, Customer.Type.ENTERPRISE);
        String name = Validation.requiredText(company, 100, "verification.company");
        String code = ChineseIds.normalise(creditCode);
        if (!ChineseIds.isValidCreditCode(code)) {
            throw new SuanliException("verification.creditCodeInvalid");
        }
        String rep = Validation.requiredText(legalRepName, 50, "verification.legalRep");
        String id = idCard(legalRepId);
        if (licenceFileId == null) {
            throw new SuanliException("verification.licenceRequired");
        }
        UploadedFile f = em.find(UploadedFile.class, licenceFileId);
        if (f == null || f.ownerCustomerId() != c.id()) {
            throw new SuanliException("verification.licenceRequired");
        }
        RealNameVerification v = RealNameVerification.enterprise(Ids.next(), c.id(), name, code, rep,
                cipher.encrypt(ID_FIELD, id), Masking.idNumber(id), f.id(), u.username(), time.now());
        em.persist(v);
        notifyOperations(c);
        return view(v);
    }

    /** The review queue of operations, oldest first. */
    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_VERIFICATION_VIEW)
    public Page<VerificationView> queue(String status, int first, int max) {
        String s = status == null || status.isBlank() ? "SUBMITTED" : status;
        List<VerificationView> rows = em.createQuery("select v from RealNameVerification v where v.status = :s order by v.submittedAt, v.id",
                        RealNameVerification.class).setParameter("s", s)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(max, 1), 200))
                .getResultList().stream().map(this::view).toList();
        long total = em.createQuery("select count(v) from RealNameVerification v where v.status = :s", Long.class)
                .setParameter("s", s).getSingleResult();
        return new Page<>(rows, total);
    }

    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @Audited("VERIFICATION_APPROVE")
    @RequiresFunction(StaffFunction.OPS_VERIFICATION_REVIEW)
    public VerificationView approve(long verificationId) {
        RealNameVerification v = find(verificationId);
        v.approve(ctx.getCallerPrincipal().getName(), time.now());
        Customer c = em.find(Customer.class, v.customerId());
        c.verify();
        if (c.region() == null) {  // where the verified papers say the customer is, unless operations set it already
            c.locate(Region.ofRealName(v.creditCode(), cipher.decrypt(ID_FIELD, v.idNumberEnc())));
        }
        notifyCustomer(c, "VERIFICATION_APPROVED", Map.of());
        events.fire(new CustomerEvent(c.id(), CustomerEvent.Kind.VERIFIED));
        return view(v);
    }

    @RolesAllowed({Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @Audited("VERIFICATION_REJECT")
    @RequiresFunction(StaffFunction.OPS_VERIFICATION_REVIEW)
    public VerificationView reject(long verificationId, String reason) {
        String r = Validation.requiredText(reason, 500, "verification.rejectReason");
        RealNameVerification v = find(verificationId);
        v.reject(r, ctx.getCallerPrincipal().getName(), time.now());
        notifyCustomer(em.find(Customer.class, v.customerId()), "VERIFICATION_REJECTED", Map.of("reason", r));
        return view(v);
    }

    /**
     * An uploaded file (verification material: a business licence), for its owner's administrator and for operations
     * staff who review verifications; anyone else — another customer, or a sub-user of the owner, whatever its
     * permissions — gets "not found".
     */
    @RolesAllowed({Roles.CUSTOMER, Roles.OPS_ADMIN, Roles.DIST_OPS_ADMIN, Roles.FINANCE, Roles.SALES})
    @RequiresFunction(StaffFunction.OPS_VERIFICATION_VIEW)
    public StoredFile file(long fileId) {
        UploadedFile f = em.find(UploadedFile.class, fileId);
        if (f == null || !ctx.isCallerInRole(Roles.OPS_ADMIN) && !ownersAdministrator(f)) {
            throw new NotFoundException("request.notFound");
        }
        return new StoredFile(f.fileName(), f.contentType(), store.read(f.storagePath()));
    }

    private Customer submittable(UserAccount u, Customer.Type expected) {
        Customer c = em.find(Customer.class, u.customerId());
        if (c.verified()) {
            throw new SuanliException("verification.alreadyVerified");
        }
        if (c.type() != expected) {
            throw new SuanliException("verification.wrongKind");
        }
        if (latest(c.id()).filter(v -> v.status() == RealNameVerification.Status.SUBMITTED).isPresent()) {
            throw new SuanliException("verification.pending");
        }
        return c;
    }

    private void notifyOperations(Customer c) {
        em.createQuery("select u from UserAccount u join u.roles r where r = :role and u.status = :s", UserAccount.class)
                .setParameter("role", Roles.OPS_ADMIN).setParameter("s", UserAccount.Status.ACTIVE).getResultList()
                .forEach(ops -> messages.inApp("VERIFICATION_SUBMITTED", ops.id(), ops.username(), Locale.SIMPLIFIED_CHINESE, Map.of("customer", c.name())));
    }

    private void notifyCustomer(Customer c, String template, Map<String, String> vars) {
        for (UserAccount u : em.createQuery("select u from UserAccount u where u.customerId = :c", UserAccount.class)
                .setParameter("c", c.id()).getResultList()) {
            messages.inApp(template, u.id(), u.username(), Locale.SIMPLIFIED_CHINESE, vars);
            if (u.mobileEnc() != null) {
                messages.sms(template, cipher.decrypt("mobile", u.mobileEnc()), Locale.SIMPLIFIED_CHINESE, vars, u.id());
            }
        }
    }

    private Optional<RealNameVerification> latest(long customerId) {
        return em.createQuery("select v from RealNameVerification v where v.customerId = :c order by v.submittedAt desc, v.id desc",
                RealNameVerification.class).setParameter("c", customerId).setMaxResults(1).getResultStream().findFirst();
    }

    private RealNameVerification find(long id) {
        RealNameVerification v = em.find(RealNameVerification.class, id);
        if (v == null) {
            throw new NotFoundException("request.notFound");
        }
        return v;
    }

    private boolean ownersAdministrator(UploadedFile f) {
        UserAccount u = caller();
        return u.customerId() != null && u.customerId() == f.ownerCustomerId() && u.isCustomerAdmin();
    }

    private UserAccount caller() {
        UserAccount u = em.createQuery("select u from UserAccount u where u.username = :n", UserAccount.class)
                .setParameter("n", ctx.getCallerPrincipal().getName()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("auth.unknownUser"));
        if (u.customerId() == null) {
            throw new NotFoundException("request.notFound");
        }
        return u;
    }

    private VerificationView view(RealNameVerification v) {
        Customer c = em.find(Customer.class, v.customerId());
        return new VerificationView(v.id(), v.customerId(), c.name(), v.kind(), v.status().name(), v.subjectName(), v.creditCode(),
                v.legalRepName(), v.idNumberMasked(), v.licenceFileId(), v.submittedBy(), v.submittedAt(), v.reviewedBy(),
                v.reviewedAt(), v.rejectReason(), v.status().actions());
    }

    private String idCard(String idNumber) {
        String id = ChineseIds.normalise(idNumber);
        if (!ChineseIds.isValidIdCard(id, LocalDate.ofInstant(time.now(), PlatformClock.ZONE))) {
            throw new SuanliException("verification.idNumberInvalid");
        }
        return id;
    }


    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
