package org.hwnas.networkui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hwnas.networkui.Examples;
import org.hwnas.networkui.graph.DraftText;
import org.hwnas.networkui.graph.NetworkDraft;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    private static final int H = 50;

    @Test
    void chainIsOneStraightColumnWithHandComputedY() {
        LayeredLayout.Result r = LayeredLayout.layout(new int[] {100, 100, 100}, H, List.of(new int[] {0, 1}, new int[] {1, 2}));
        assertThat(r.boxes()).extracting(LayeredLayout.Box::x).containsOnly(LayeredLayout.MARGIN);
        assertThat(r.boxes()).extracting(LayeredLayout.Box::y)
                .containsExactly(20, 20 + H + LayeredLayout.V_GAP, 20 + 2 * (H + LayeredLayout.V_GAP));
        assertThat(r.routes().get(0)).containsExactly(new LayeredLayout.Pt(70, 70), new LayeredLayout.Pt(70, 110));
    }

    @Test
    void skipEdgeGetsALaneBesideTheChainAndTheChainStaysStraight() {
        // 0 -> 1 -> 2 -> 3 and the skip 0 -> 3 (a residual block)
        LayeredLayout.Result r = LayeredLayout.layout(new int[] {100, 100, 100, 100}, H,
                List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}, new int[] {0, 3}));
        assertThat(r.ranks()).containsExactly(0, 1, 2, 3);
        List<LayeredLayout.Pt> skip = r.routes().get(3);
        assertThat(skip).hasSize(6); // start, 2 points per crossed rank (2 ranks), end
        int chainX = r.boxes().get(1).centerX();
        assertThat(Math.abs(r.boxes().get(2).centerX() - chainX)).isLessThanOrEqualTo(10);
        for (LayeredLayout.Pt p : skip.subList(1, 5)) { // the lane does not cross the chain's boxes
            for (int v : new int[] {1, 2}) {
                LayeredLayout.Box b = r.boxes().get(v);
                assertThat(p.x() > b.x() && p.x() < b.x() + b.width() && p.y() >= b.y() && p.y() <= b.y() + b.height())
                        .as("lane point %s inside node %d", p, v).isFalse();
            }
        }
        assertInvariants(r, List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}, new int[] {0, 3}));
    }

    @Test
    void backwardEdgesAreRefused() {
        assertThatThrownBy(() -> LayeredLayout.layout(new int[] {10, 10}, H, List.of(new int[] {1, 0})))
                .hasMessageContaining("not forward");
    }

    @Test
    void resnet50InvariantsAndDeterminism() throws Exception {
        NetworkDraft d = DraftText.read("resnet50", Examples.text("resnet50.hwnet.json")).draft().orElseThrow();
        DraftLayout a = DraftLayout.of(d);
        DraftLayout b = DraftLayout.of(d);
        assertThat(a.nodes()).hasSize(d.layers().size() + 1);
        // 16 bottleneck blocks: each add reads two tensors
        assertThat(a.edges().stream().filter(e -> e.to().endsWith("add") || e.slot() == 1).count()).isGreaterThanOrEqualTo(16);
        for (int i = 0; i < a.nodes().size(); i++) {
            assertThat(a.box(i)).isEqualTo(b.box(i));
        }
        for (int k = 0; k < a.edges().size(); k++) {
            assertThat(a.route(k)).isEqualTo(b.route(k));
        }
        // edges point down (every route strictly descends) and layers are ordered by rank
        for (int k = 0; k < a.edges().size(); k++) {
            DraftLayout.Edge e = a.edges().get(k);
            assertThat(a.rank(e.to())).isGreaterThan(a.rank(e.from()));
            List<LayeredLayout.Pt> r = a.route(k);
            for (int i = 1; i < r.size(); i++) {
                assertThat(r.get(i).y()).as("edge %s point %d", e.id(), i).isGreaterThan(r.get(i - 1).y());
            }
        }
        for (int i = 0; i < a.nodes().size(); i++) {
            for (int j = i + 1; j < a.nodes().size(); j++) {
                assertThat(a.box(i).overlaps(a.box(j))).as("%s overlaps %s", a.nodes().get(i), a.nodes().get(j)).isFalse();
            }
        }
        // the main chain stays compact: the drawing is at most a few columns wide
        assertThat(a.width()).isLessThan(4 * DraftLayout.NODE_WIDTH);
        // a block without downsampling is one straight column, its skip connection in a lane beside it
        int x = a.box("layer2.1.conv1").x();
        for (String n : new String[] {"bn1", "relu1", "conv2", "bn2", "relu2", "conv3", "bn3", "add", "relu3"}) {
            assertThat(a.box("layer2.1." + n).x()).as(n).isEqualTo(x);
        }
    }

    static void assertInvariants(LayeredLayout.Result r, List<int[]> edges) {
        for (int[] e : edges) {
            assertThat(r.ranks()[e[1]]).isGreaterThan(r.ranks()[e[0]]);
        }
        for (int i = 0; i < r.boxes().size(); i++) {
            for (int j = i + 1; j < r.boxes().size(); j++) {
                assertThat(r.boxes().get(i).overlaps(r.boxes().get(j))).isFalse();
            }
        }
        for (List<LayeredLayout.Pt> route : r.routes()) {
            for (int i = 1; i < route.size(); i++) {
                assertThat(route.get(i).y()).isGreaterThan(route.get(i - 1).y());
            }
        }
    }
}
