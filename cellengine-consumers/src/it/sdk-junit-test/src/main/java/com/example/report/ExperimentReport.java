package com.example.report;

import cellengine.api.CellEngine;
import cellengine.api.model.Experiment;

import java.util.List;
import java.util.stream.Collectors;

/** The names of the account's experiments, sorted. */
public final class ExperimentReport {

    private ExperimentReport() {
    }

    public static List<String> names(CellEngine client) {
        return client.getExperiments().stream().map(Experiment::name).sorted().collect(Collectors.toList());
    }

    public static void main(String[] args) {
        try (CellEngine client = CellEngine.fromEnvironment()) {
            names(client).forEach(System.out::println);
        }
    }
}
