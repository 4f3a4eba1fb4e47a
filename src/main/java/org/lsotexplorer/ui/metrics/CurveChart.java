package org.lsotexplorer.ui.metrics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One JFreeChart-FX line chart against the step, with one range axis per curve (curves of very different scales
 * share the plot, alternating left and right axes in the curve's colour). Residual-like curves (always positive,
 * spanning decades) get a log axis. {@link #show} replaces all data in one batch: the chart redraws once.
 * FX thread only.
 */
final class CurveChart {
    private static final int[] PALETTE = {0x1f77b4, 0xd62728, 0x2ca02c, 0x9467bd, 0xff7f0e, 0x8c564b};
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private final XYPlot plot = new XYPlot();
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final Map<String, XYSeries> series = new LinkedHashMap<>();

    CurveChart(String id) {
        NumberAxis step = new NumberAxis("step");
        style(step, Color.DARK_GRAY);
        step.setAutoRangeIncludesZero(false);
        step.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setDomainAxis(step);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE2E4E8));
        plot.setRangeGridlinePaint(new Color(0xE2E4E8));
        plot.setOutlinePaint(new Color(0xB8BCC4));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage("no data yet: press Train");
        plot.setNoDataMessageFont(LABEL_FONT);
        plot.setNoDataMessagePaint(Color.GRAY);
        chart = new JFreeChart(null, LABEL_FONT, plot, true);
        chart.getLegend().setItemFont(LABEL_FONT);
        chart.getLegend().setBackgroundPaint(new Color(0xF5F6F8));
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
        chart.getLegend().setItemLabelPadding(new RectangleInsets(0, 2, 0, 8));
        chart.setBackgroundPaint(new Color(0xF5F6F8));
        chart.setPadding(new RectangleInsets(4, 2, 2, 6));
        chart.setAntiAlias(true);
        viewer = new ChartViewer(chart, true);
        viewer.setId(id);
        viewer.setMinSize(100, 90);
    }

    Node node() {
        return viewer;
    }

    /** Replaces every curve: {@code data} maps a curve's name to {@code {x[], y[]}}. */
    void show(Map<String, double[][]> data) {
        chart.setNotify(false);
        try {
            if (!series.keySet().equals(data.keySet())) {
                rebuild(new ArrayList<>(data.keySet()));
            }
            for (Map.Entry<String, double[][]> e : data.entrySet()) {
                XYSeries s = series.get(e.getKey());
                double[] x = e.getValue()[0];
                double[] y = e.getValue()[1];
                s.setNotify(false);
                s.clear();
                for (int i = 0; i < x.length; i++) {
                    s.add(x[i], y[i], false);
                }
                s.setNotify(true);
            }
        } finally {
            chart.setNotify(true);
        }
    }

    /** The number of points currently plotted (all curves). */
    int pointCount() {
        return series.values().stream().mapToInt(XYSeries::getItemCount).sum();
    }

    private void rebuild(List<String> names) {
        for (int i = series.size() - 1; i >= 0; i--) {
            plot.setDataset(i, null);
            plot.setRenderer(i, null, false);
            if (i > 0) {
                plot.setRangeAxis(i, null, false);
            }
        }
        series.clear();
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            Color c = new Color(PALETTE[k % PALETTE.length]);
            XYSeries s = new XYSeries(label(name), false, true);
            series.put(name, s);
            plot.setDataset(k, new XYSeriesCollection(s));
            ValueAxis axis = logScale(name) ? logAxis() : linearAxis();
            style(axis, c);
            axis.setTickLabelPaint(c.darker());
            plot.setRangeAxis(k, axis, false);
            plot.setRangeAxisLocation(k, k % 2 == 0 ? AxisLocation.BOTTOM_OR_LEFT : AxisLocation.BOTTOM_OR_RIGHT,
                    false);
            plot.mapDatasetToRangeAxis(k, k);
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            r.setSeriesPaint(0, c);
            r.setSeriesStroke(0, new BasicStroke(1.4f));
            plot.setRenderer(k, r, false);
        }
    }

    private static boolean logScale(String name) {
        return name.contains("residual") || name.contains("mse");
    }

    /** The curve's name in the legend: words, and "(log axis)" where it applies. */
    static String label(String name) {
        return name.replace('_', ' ') + (logScale(name) ? " (log axis)" : "");
    }

    private static ValueAxis linearAxis() {
        NumberAxis a = new NumberAxis(null);
        a.setAutoRangeIncludesZero(false);
        a.setAutoRangeMinimumSize(1e-3);
        return a;
    }

    private static ValueAxis logAxis() {
        LogAxis a = new LogAxis(null);
        a.setSmallestValue(1e-6);
        a.setBase(10);
        a.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.###"));
        return a;
    }

    private static void style(ValueAxis a, Color c) {
        a.setLabelFont(LABEL_FONT);
        a.setTickLabelFont(TICK_FONT);
        a.setLabelPaint(c);
        a.setTickLabelPaint(Color.DARK_GRAY);
        a.setAxisLinePaint(new Color(0xB8BCC4));
    }
}
