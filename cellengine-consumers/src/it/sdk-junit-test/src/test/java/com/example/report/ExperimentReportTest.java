package com.example.report;

import cellengine.api.CellEngine;
import cellengine.junit.FakeCellEngineTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@FakeCellEngineTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExperimentReportTest {

    @Test
    @Order(1)
    void lists_the_experiments_by_name(CellEngine client) {
        client.postExperiment("Run 8");
        client.postExperiment("Run 7");
        assertEquals(List.of("Run 7", "Run 8"), ExperimentReport.names(client));
    }

    @Test
    @Order(2)
    void each_test_starts_from_an_empty_server(CellEngine client) {
        assertEquals(List.of(), ExperimentReport.names(client));
    }
}
