package cellengine.tck.net;

/** The network rules with the apache transport. */
class ApacheNetworkVerificationTest extends NetworkVerification {
    @Override
    protected String transport() {
        return "apache";
    }

    @Override
    protected boolean answersDigest() {
        return true;
    }
}
