package org.lsotexplorer.ui.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lsotexplorer.engine.RunHistory;
import org.lsotexplorer.engine.RunMetrics;
import org.lsotexplorer.report.Curves;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The curves decimate long runs and follow a new run's columns. */
@ExtendWith(ApplicationExtension.class)
class CurvesViewTest {
    private MetricsViewModel metrics;
    private CurvesView view;

    @Start
    void start(Stage stage) {
        metrics = new MetricsViewModel();
        view = new CurvesView(metrics);
        stage.setScene(new Scene(new StackPane(view.node()), 420, 420));
        stage.show();
    }

    @Test
    void longRunsAreDecimatedAndANewRunReplacesTheCurves(FxRobot robot) {
        RunHistory a = new RunHistory();
        for (int i = 1; i <= 5000; i++) {
            a.add(i, "x", Map.of("loss_a", Math.sin(i), "loss_b", 1.0 / i, "cell_residual", 100.0 / i));
        }
        robot.interact(() -> view.refresh(a));
        assertEquals(3 * Curves.MAX_POINTS, view.lossPointCount(), "each curve decimated to 2,000 points");
        assertEquals(3, legendItems(robot, "#lossChart"));
        RunHistory b = new RunHistory();
        b.add(1, "critic", Map.of("critic_loss", 0.5));
        b.add(2, "critic", Map.of("critic_loss", 0.4));
        robot.interact(() -> view.refresh(b));
        assertEquals(2, view.lossPointCount());
        assertEquals(1, legendItems(robot, "#lossChart"), "the old run's curves are gone");
        robot.interact(() -> {
            metrics.clear(8);
            metrics.update(new RunMetrics(8, 1.0, 0.01, 0.2, 1.0, 1.0, 0.9, 1), 10);
            metrics.update(new RunMetrics(8, 1.0, 0.01, 0.1, 1.0, 1.0, 0.9, 1), 20);
            metrics.selectedProperty().set("mass_balance");
            view.refresh(b);
        });
        assertEquals(2, robot.lookup("#metricChart").queryAs(ChartViewer.class).getChart().getXYPlot().getDataset(0)
                .getItemCount(0));
    }

    private static int legendItems(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChartViewer.class).getChart().getXYPlot().getLegendItems().getItemCount();
    }
}
