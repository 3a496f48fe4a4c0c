package cellengine.tck.net;

/** The network rules with the jdk transport. */
class JdkNetworkVerificationTest extends NetworkVerification {
    @Override
    protected String transport() {
        return "jdk";
    }
}
