package org.hwnas.cli.search;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.Trial;
import org.hwnas.search.report.StudyReport;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * PNG scatter of the first two objectives (or objective vs trial for one objective): all feasible
 * trials in grey, infeasible in light red, the Pareto front in blue joined by a line. Headless.
 */
final class ScatterPlot {
    private ScatterPlot() {
    }

    static void write(StudyReport report, String title, Path png) throws IOException {
        List<Objective> obj = report.objectives();
        boolean two = obj.size() >= 2;
        XYSeries all = new XYSeries("feasible trials", false);
        XYSeries bad = new XYSeries("infeasible", false);
        XYSeries front = new XYSeries("Pareto front", true);
        for (Trial t : report.trials()) {
            if (!t.ok()) {
                continue;
            }
            double x = two ? t.measures().get(obj.get(1).name()) : t.number();
            double y = t.measures().get(obj.get(0).name());
            (t.fitness().feasible() ? all : bad).add(x, y);
        }
        for (Trial t : report.front()) {
            front.add(two ? t.measures().get(obj.get(1).name()) : t.number(), t.measures().get(obj.get(0).name()));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(front);
        data.addSeries(all);
        data.addSeries(bad);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, true);
        r.setSeriesLinesVisible(1, false);
        r.setSeriesLinesVisible(2, false);
        r.setSeriesPaint(0, new Color(0x1f, 0x5f, 0xbf));
        r.setSeriesStroke(0, new BasicStroke(1.5f));
        r.setSeriesPaint(1, new Color(150, 150, 150, 160));
        r.setSeriesPaint(2, new Color(230, 120, 120, 140));
        NumberAxis xAxis = new NumberAxis(two ? label(obj.get(1)) : "trial");
        NumberAxis yAxis = new NumberAxis(label(obj.get(0)));
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 600);
    }

    private static String label(Objective o) {
        return o.name() + " (" + o.goal().name().toLowerCase() + ")";
    }
}
