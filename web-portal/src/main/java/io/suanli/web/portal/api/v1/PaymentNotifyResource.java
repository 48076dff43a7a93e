package io.suanli.web.portal.api.v1;

import io.suanli.core.billing.application.RechargePayments;
import io.suanli.core.billing.application.ChannelReply;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the payment channels post their asynchronous notifications: {@code POST /api/v1/payments/notify/{channel}}
 * ({@code wechat}, {@code alipay}, {@code ecny}, {@code unionpay}). No login: the channel's signature over the raw
 * body is the authentication, so the body is taken exactly as it arrived, undecoded. The answer is the channel's own
 * success or failure reply.
 */
@Path("/v1/payments/notify")
public class PaymentNotifyResource {

    @Inject
    RechargePayments payments;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/{channel}")
    public Response notify(@PathParam("channel") String channel, @Context HttpHeaders headers, byte[] body) {
        Map<String, String> first = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, values.get(0));
            }
        });
        ChannelReply answer = payments.notified(channel, first, new String(body == null ? new byte[0] : body,
                java.nio.charset.StandardCharsets.UTF_8), request.getRemoteAddr());
        return Response.status(answer.status()).type(answer.contentType()).entity(answer.body()).build();
    }
}
