package org.reasoningexplorer.engine.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerClustersTest {
    @Test
    void equivalentAnswersJoinTheFirstClusterEvenWhenTheirKeysDiffer() {
        AnswerClusters clusters = new AnswerClusters();
        assertEquals("2\\sqrt{3}", clusters.clusterOf("2\\sqrt{3}"));
        assertEquals("1/2", clusters.clusterOf("0.5"));
        assertEquals("2\\sqrt{3}", clusters.clusterOf("\\sqrt{12}"));
        assertEquals("1/2", clusters.clusterOf("\\dfrac{1}{2}"));
        assertEquals("7", clusters.clusterOf("7"));
        assertEquals(List.of("2\\sqrt{3}", "1/2", "7"), clusters.names());
    }

    @Test
    void emptyAnswersShareTheEmptyCluster() {
        AnswerClusters clusters = new AnswerClusters();
        assertEquals("", clusters.clusterOf(""));
        assertEquals("", clusters.clusterOf("  "));
        assertEquals(1, clusters.names().size());
    }
}
