package org.lsotexplorer.ui.metrics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lsotexplorer.engine.RefinementTrace;

/**
 * The refinement's convergence: the worst cell's relative mass error on a log axis against the iteration or
 * against seconds, one curve per method. The last trace of each method is kept across runs, so after an Adam run
 * and a Newton run both curves share the chart. Shown only once a refinement has run. FX thread only.
 */
public final class ConvergenceChart {
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private final VBox root = new VBox(2);
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final NumberAxis x = new NumberAxis("iteration");
    private final ComboBox<String> against = new ComboBox<>();
    private final JFreeChart chart;
    private final Map<String, RefinementTrace> latest = new LinkedHashMap<>();

    public ConvergenceChart() {
        LogAxis y = new LogAxis(null);
        y.setSmallestValue(1e-16);
        y.setBase(10);
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.#E0"));
        for (var a : new org.jfree.chart.axis.ValueAxis[] {x, y}) {
            a.setTickLabelFont(FONT);
            a.setLabelFont(FONT);
        }
        x.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, new Color(0x1f77b4));
        r.setSeriesPaint(1, new Color(0xd62728));
        r.setDefaultStroke(new BasicStroke(1.4f));
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE2E4E8));
        plot.setRangeGridlinePaint(new Color(0xE2E4E8));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        chart = new JFreeChart(null, FONT, plot, true);
        chart.setBackgroundPaint(new Color(0xF5F6F8));
        chart.getLegend().setItemFont(FONT);
        chart.getLegend().setBackgroundPaint(new Color(0xF5F6F8));
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        ChartViewer viewer = new ChartViewer(chart, true);
        viewer.setId("convergenceChart");
        viewer.setMinSize(100, 90);
        viewer.setPrefHeight(150);
        against.getItems().setAll("iteration", "seconds");
        against.setValue("iteration");
        against.setId("convergenceAgainst");
        against.valueProperty().addListener((o, was, now) -> redraw());
        Label title = new Label("Refinement: worst cell error vs");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        against.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.getStyleClass().add("section-title");
        HBox head = new HBox(6, title, against);
        root.getChildren().addAll(head, viewer);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        root.setVisible(false);
        root.setManaged(false);
    }

    public Node node() {
        return root;
    }

    /** Takes the current run's trace (null: nothing new); shows the chart once there is any. */
    public void update(RefinementTrace trace) {
        if (trace == null || trace == latest.get(trace.method())) {
            return;
        }
        latest.put(trace.method(), trace);
        root.setVisible(true);
        root.setManaged(true);
        redraw();
    }

    /** Points plotted (tests). */
    public int pointCount() {
        int n = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            n += data.getSeries(s).getItemCount();
        }
        return n;
    }

    private void redraw() {
        boolean seconds = "seconds".equals(against.getValue());
        x.setLabel(seconds ? "seconds refining" : "iteration");
        chart.setNotify(false);
        try {
            data.removeAllSeries();
            for (RefinementTrace t : latest.values()) {
                XYSeries s = new XYSeries(t.method().equals("newton") ? "Newton (exact cells)" : "Adam (Monte Carlo)",
                        false, true);
                for (int i = 0; i < t.size(); i++) {
                    if (t.errors()[i] > 0 && Double.isFinite(t.errors()[i])) {
                        s.add(seconds ? t.seconds()[i] : t.iterations()[i], t.errors()[i], false);
                    }
                }
                data.addSeries(s);
            }
        } finally {
            chart.setNotify(true);
        }
    }
}
