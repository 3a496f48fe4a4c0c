package cellengine.fakeserver.internal;

/** Opens {@link HealthProbe#healthy} to tests in the parent package. */
public final class HealthProbeAccess {

    private HealthProbeAccess() {
    }

    /** {@return what the probe would report for this URL} */
    public static boolean healthy(String url) {
        return HealthProbe.healthy(url);
    }
}
