package cellengine.fakeserver.internal.store;

import jakarta.json.JsonObject;

/** Lets the stores of an experiment's resources follow its life: creation and cloning. */
interface ExperimentListener {

    /** Does nothing: for an experiment store used on its own. */
    ExperimentListener NONE = new ExperimentListener() {
        @Override
        public void created(String experimentId) {
        }

        @Override
        public JsonObject cloned(String sourceId, JsonObject clone) {
            return clone;
        }
    };

    /** Called once a new experiment is stored. */
    void created(String experimentId);

    /**
     * Called before a clone is stored, to deep-copy the source's resources into it.
     *
     * @return the clone's document, with any references (such as {@code activeCompensation}) rewritten
     */
    JsonObject cloned(String sourceId, JsonObject clone);
}
