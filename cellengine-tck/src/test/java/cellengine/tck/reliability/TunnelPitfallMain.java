package cellengine.tck.reliability;

import cellengine.api.CellEngine;
import cellengine.api.RetryPolicy;

/**
 * What {@link ProxyTunnelPitfallTest} runs in a fresh JVM: one call to an HTTPS server through a proxy that asks for
 * Basic credentials, with credentials given, printing the outcome as {@code key=value} lines.
 * Arguments: the proxy ({@code host:port}), the user, the password, the HTTPS base URL.
 */
public final class TunnelPitfallMain {

    private TunnelPitfallMain() {
    }

    /**
     * Makes the call.
     *
     * @param args proxy, user, password, base URL
     */
    public static void main(String[] args) {
        try (CellEngine client = CellEngine.builder().baseUrl(args[3]).token("tok-pitfall").transportName("jdk")
                .proxy(args[0]).proxyCredentials(args[1], args[2].toCharArray()).retryPolicy(RetryPolicy.none())
                .build()) {
            client.getExperiments();
            System.out.println("outcome=success");
        } catch (RuntimeException e) {
            System.out.println("outcome=" + e.getClass().getSimpleName());
            System.out.println("message=" + e.getMessage().replace('\n', ' '));
        }
    }
}
