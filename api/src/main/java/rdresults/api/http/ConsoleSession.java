package rdresults.api.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import rdresults.api.RdrConfig;

/**
 * How a browser carries {@code rdr.api.token}: a browser cannot add an {@code Authorization} header to a link it
 * follows, so the sign-in form trades the token for a session cookie ({@code HttpOnly}, {@code SameSite=Strict}, no
 * expiry: it ends with the browser session) that holds an HMAC of the token, never the token itself, and never
 * travels in a URL. Changing the token invalidates every cookie.
 */
@ApplicationScoped
public class ConsoleSession {

    public static final String COOKIE = "rdr_console";
    public static final String SIGN_IN_PATH = "/ui/sign-in";

    private final Optional<byte[]> token;
    private final Optional<String> cookieValue;

    public ConsoleSession(RdrConfig config) {
        this.token = config.api().token().filter(t -> !t.isBlank()).map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.cookieValue = token.map(ConsoleSession::hmac);
    }

    /** Whether the service asks for a token at all. */
    public boolean required() {
        return token.isPresent();
    }

    /** Whether {@code typed} is the token (constant-time). */
    public boolean isToken(String typed) {
        return token.isPresent() && typed != null
                && MessageDigest.isEqual(token.get(), typed.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a {@code Cookie} header value carries a valid console session. */
    public boolean carriesSession(String cookieHeader) {
        if (cookieValue.isEmpty() || cookieHeader == null) {
            return false;
        }
        for (String part : cookieHeader.split(";")) {
            String p = part.strip();
            if (p.startsWith(COOKIE + "=") && MessageDigest.isEqual(cookieValue.get().getBytes(StandardCharsets.UTF_8),
                    p.substring(COOKIE.length() + 1).getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code path} is a console page, which sends a browser to the sign-in form rather than a 401. */
    public static boolean isPage(String path) {
        return path.equals("/") || path.startsWith("/ui/");
    }

    /** Paths served without a token: the sign-in form and the console's static files (nothing secret in them). */
    public static boolean isOpen(String path) {
        return path.equals(SIGN_IN_PATH) || path.startsWith("/console/") || path.startsWith("/webjars/");
    }

    public String setCookie() {
        return COOKIE + "=" + cookieValue.orElseThrow() + "; Path=/; HttpOnly; SameSite=Strict";
    }

    public static String clearCookie() {
        return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
    }

    private static String hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal("rdr-console-session-v1".getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
