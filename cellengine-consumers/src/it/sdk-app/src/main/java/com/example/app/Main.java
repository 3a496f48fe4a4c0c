package com.example.app;

import cellengine.api.CellEngine;
import cellengine.api.model.Experiment;
import cellengine.api.spi.Transports;

/** Signs in from the environment, creates an experiment and lists every experiment by name. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        try (CellEngine client = CellEngine.fromEnvironment()) {
            Experiment created = client.postExperiment("From a consumer");
            System.out.println("created " + created.name());
            client.getExperiments().forEach(e -> System.out.println("experiment " + e.name()));
            System.out.println(Transports.describe());
        }
    }
}
