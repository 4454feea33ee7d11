package se.bricka.backend.staff;

import io.javalin.http.Context;

/**
 * Who is asking, as far as the sign-in throttle is concerned. Today it is the peer address of the TCP
 * connection ({@link Context#ip()}); behind a reverse proxy that would be the proxy for everyone, so a
 * resolver that trusts {@code X-Forwarded-For} from configured proxies only replaces {@link #PEER}.
 */
@FunctionalInterface
public interface ClientAddress {

    /** The connection's peer address. */
    ClientAddress PEER = Context::ip;

    /** The address to count this request's sign-in failures against. */
    String of(Context ctx);
}
