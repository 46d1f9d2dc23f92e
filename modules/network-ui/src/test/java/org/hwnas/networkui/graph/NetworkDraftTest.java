package org.hwnas.networkui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.TensorShape;
import org.junit.jupiter.api.Test;

class NetworkDraftTest {

    /** x -> c1 -> r1 -> c2 ; add(c2, r1) */
    private static NetworkDraft block() {
        return new NetworkDraft("b", "x", TensorShape.of(1, 8, 16, 16), List.of(
                Layer.conv2d("c1", 8, 3, 1, 1, false),
                Layer.of("r1", LayerKind.RELU),
                Layer.conv2d("c2", 8, 3, 1, 1, false),
                Layer.of("add", LayerKind.ADD).withInputs("c2", "r1")));
    }

    @Test
    void inputsAreResolvedAndCountsInferred() {
        NetworkDraft d = block();
        assertThat(d.layer("c2").orElseThrow().inputs()).containsExactly("r1");
        assertThat(d.isValid()).isTrue();
        // 1*8*16*16*8*3*3 MACs per conv
        assertThat(d.info("c1").orElseThrow().macs()).isEqualTo(8L * 16 * 16 * 8 * 9);
        assertThat(d.totalMacs()).isEqualTo(2L * 8 * 16 * 16 * 8 * 9);
    }

    @Test
    void renameFollowsReferencesAndRefusesDuplicates() {
        NetworkDraft d = block().rename("r1", "act");
        assertThat(d.layer("c2").orElseThrow().inputs()).containsExactly("act");
        assertThat(d.layer("add").orElseThrow().inputs()).containsExactly("c2", "act");
        assertThatThrownBy(() -> d.rename("act", "c1")).hasMessage("there is already a layer named 'c1'");
        assertThatThrownBy(() -> d.rename("act", "x")).hasMessage("'x' is the network input's name");
        assertThatThrownBy(() -> d.rename("act", " ")).hasMessage("a layer name must not be blank");
    }

    @Test
    void removeBypassesTheLayer() {
        NetworkDraft d = block().remove("r1");
        assertThat(d.layer("c2").orElseThrow().inputs()).containsExactly("c1");
        assertThat(d.layer("add").orElseThrow().inputs()).containsExactly("c2", "c1");
        assertThat(d.isValid()).isTrue();
        NetworkDraft single = new NetworkDraft("s", "x", TensorShape.of(1, 1, 4, 4), List.of(Layer.of("r", LayerKind.RELU)));
        assertThatThrownBy(() -> single.remove("r")).hasMessage("a network needs at least one layer");
    }

    @Test
    void insertAfterRewiresOneInputKindsAndMarksBrokenShapes() {
        NetworkDraft d = block().insertAfter("c1", LayerKind.BATCH_NORM);
        assertThat(d.layers()).extracting(Layer::name).containsExactly("c1", "batch_norm_1", "r1", "c2", "add");
        assertThat(d.layer("r1").orElseThrow().inputs()).containsExactly("batch_norm_1");
        assertThat(d.isValid()).isTrue();
        // a stride-2 max pool after c2 halves the map: it no longer matches r1 at the add
        NetworkDraft p = block().insertAfter("c2", LayerKind.MAX_POOL);
        assertThat(p.problemsByLayer()).containsOnlyKeys("add");
        assertThat(p.problemsByLayer().get("add")).contains("1x8x8x8").contains("1x8x16x16");
    }

    @Test
    void connectAddsInputsRefusesCyclesAndReorders() {
        NetworkDraft d = block();
        assertThatThrownBy(() -> d.connect("add", "c1")).hasMessageContaining("cycle");
        assertThatThrownBy(() -> d.connect("c1", "c1")).hasMessageContaining("own output");
        NetworkDraft three = d.connect("c1", "add");
        assertThat(three.layer("add").orElseThrow().inputs()).containsExactly("c2", "r1", "c1");
        // a one-input layer is re-wired; a layer placed before its new input moves after it
        NetworkDraft appended = d.append(LayerKind.RELU); // relu_1 reads add
        assertThatThrownBy(() -> appended.connect("relu_1", "c2")).hasMessageContaining("cycle");
        NetworkDraft rewired = appended.connect("x", "relu_1");
        assertThat(rewired.layer("relu_1").orElseThrow().inputs()).containsExactly("x");
        assertThat(rewired.disconnect("c2", "add").layer("add").orElseThrow().inputs()).containsExactly("r1");
        assertThatThrownBy(() -> rewired.disconnect("x", "relu_1")).hasMessageContaining("at least one input");
    }

    @Test
    void topologicalOrderIsStableAndMovesReadersAfterTheirInputs() {
        List<Layer> out = NetworkDraft.topologicalOrder(List.of(
                Layer.of("a", LayerKind.RELU).withInputs("b"), Layer.of("b", LayerKind.RELU).withInputs("x"),
                Layer.of("c", LayerKind.RELU).withInputs("x")));
        assertThat(out).extracting(Layer::name).containsExactly("b", "a", "c");
    }
}
