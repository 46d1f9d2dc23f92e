package org.hwnas.cli.search;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.hwnas.search.api.Objective;
import org.hwnas.search.api.Trial;

/** The Pareto front as an aligned text table: trial number, objectives, candidate. */
final class FrontTable {
    private FrontTable() {
    }

    static void print(PrintWriter out, List<Objective> objectives, List<Trial> front) {
        List<String[]> rows = new ArrayList<>();
        String[] head = new String[objectives.size() + 2];
        head[0] = "trial";
        for (int k = 0; k < objectives.size(); k++) {
            Objective o = objectives.get(k);
            head[k + 1] = o.name() + (o.goal() == org.hwnas.search.api.Goal.MAXIMIZE ? " (max)" : " (min)");
        }
        head[head.length - 1] = "candidate";
        rows.add(head);
        for (Trial t : front) {
            String[] r = new String[head.length];
            r[0] = Integer.toString(t.number());
            for (int k = 0; k < objectives.size(); k++) {
                r[k + 1] = String.format("%.4f", t.measures().get(objectives.get(k).name()));
            }
            r[r.length - 1] = t.candidate().text();
            rows.add(r);
        }
        int[] w = new int[head.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (int j = 0; j < rows.size(); j++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < head.length; i++) {
                String cell = rows.get(j)[i];
                boolean last = i == head.length - 1;
                b.append(i == 0 ? "" : "  ").append(last ? cell : " ".repeat(w[i] - cell.length()) + cell);
            }
            out.println(b.toString().stripTrailing());
            if (j == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < w.length; i++) {
                    rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
                }
                out.println(rule);
            }
        }
    }
}
