package cellengine.tck;

import cellengine.api.Upload;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import org.junit.jupiter.api.BeforeEach;

/**
 * For rules that work inside an experiment: each rule gets a new, empty experiment, deleted afterwards.
 */
abstract class ExperimentScopedSupport extends VerificationSupport {

    /** The experiment of the running rule. */
    protected Experiment experiment;

    @BeforeEach
    final void createExperiment() {
        experiment = newExperiment(uniqueName(getClass().getSimpleName()));
    }

    /** {@return the running rule's experiment id} */
    protected final String eid() {
        return experiment.id();
    }

    /**
     * {@return the file uploaded into the rule's experiment}
     *
     * @param data the file to upload
     */
    protected final FcsFile upload(TckData data) {
        return client().uploadFcsFile(eid(), Upload.of(data.filename(), data.bytes()));
    }
}
