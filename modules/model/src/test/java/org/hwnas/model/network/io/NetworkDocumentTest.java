package org.hwnas.model.network.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hwnas.model.doc.DocumentException;
import org.hwnas.model.network.Layer;
import org.hwnas.model.network.LayerKind;
import org.hwnas.model.network.Network;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.NetworkBuilder;
import org.hwnas.model.network.Size2;
import org.hwnas.model.network.TensorShape;
import org.hwnas.model.network.zoo.ModelZoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading with defaults, writing in the one stable form. */
class NetworkDocumentTest {

    private static final String COMPACT = """
            {"format": "network/1", "name": "tiny", "input": {"name": "image", "shape": [1, 3, 32, 32]},
             "layers": [
              {"name": "conv1", "kind": "conv2d", "out_channels": 8, "kernel": 3, "padding": 1},
              {"name": "bn1", "kind": "batch-norm"},
              {"name": "pool", "kind": "MAX_POOL", "kernel": 2},
              {"name": "dw", "kind": "conv2d", "out_channels": 8, "kernel": [3, 1], "padding": [1, 0], "groups": 8, "bias": false},
              {"name": "skip", "kind": "conv2d", "inputs": ["pool"], "out_channels": 8, "kernel": 1, "dilation": 2},
              {"name": "sum", "kind": "add", "inputs": ["dw", "skip"]},
              {"name": "gap", "kind": "global_avg_pool"},
              {"name": "flat", "kind": "flatten"},
              {"name": "fc", "kind": "linear", "out_features": 10}
             ]}
            """;

    @Test
    void readsDefaultsAsPyTorchDoes() throws DocumentException {
        Network net = NetworkDocument.parse("<tiny>", COMPACT);
        assertThat(net.layer("conv1").orElseThrow()).isEqualTo(
                Layer.conv2d("conv1", 8, 3, 1, 1, true).withInputs("image"));
        // pools stride by their kernel unless told otherwise
        assertThat(net.layer("pool").orElseThrow().stride()).isEqualTo(Size2.square(2));
        Layer dw = net.layer("dw").orElseThrow();
        assertThat(dw.kernel()).isEqualTo(Size2.of(3, 1));
        assertThat(dw.groups()).isEqualTo(8);
        assertThat(dw.bias()).isFalse();
        assertThat(net.layer("fc").orElseThrow().bias()).isTrue();
        assertThat(net.layer("bn1").orElseThrow().kind()).isEqualTo(LayerKind.BATCH_NORM);
        assertThat(net.layer("bn1").orElseThrow().inputs()).containsExactly("conv1");
        NetworkAnalysis a = NetworkAnalysis.of(net);
        assertThat(a.outputShape()).isEqualTo(TensorShape.flat(1, 10));
        assertThat(a.layer("dw").orElseThrow().output()).isEqualTo(TensorShape.of(1, 8, 16, 16));
    }

    @Test
    void writesFormatFirstFixedOrderAndOmitsDefaults() throws DocumentException {
        Network net = NetworkDocument.parse("<tiny>", COMPACT);
        ObjectNode json = NetworkDocument.toJson(net);
        assertThat(json.fieldNames()).toIterable().containsExactly("format", "name", "input", "layers");
        assertThat(json.get("format").asText()).isEqualTo("network/1");
        assertThat(json.get("layers").get(0).toString())
                .isEqualTo("{\"name\":\"conv1\",\"kind\":\"conv2d\",\"out_channels\":8,\"kernel\":3,\"padding\":1}");
        assertThat(json.get("layers").get(2).toString()).isEqualTo("{\"name\":\"pool\",\"kind\":\"max_pool\",\"kernel\":2}");
        assertThat(json.get("layers").get(3).toString()).isEqualTo("{\"name\":\"dw\",\"kind\":\"conv2d\",\"out_channels\":8,"
                + "\"kernel\":[3,1],\"padding\":[1,0],\"groups\":8,\"bias\":false}");
        assertThat(json.get("layers").get(4).toString()).isEqualTo("{\"name\":\"skip\",\"kind\":\"conv2d\","
                + "\"inputs\":[\"pool\"],\"out_channels\":8,\"kernel\":1,\"dilation\":2}");
        assertThat(json.get("layers").get(8).toString()).isEqualTo("{\"name\":\"fc\",\"kind\":\"linear\",\"out_features\":10}");
    }

    @Test
    void flatInputShapeAndStrideOnZero() throws DocumentException {
        Network net = NetworkDocument.parse("<mlp>", """
                {"format": "network/1", "name": "mlp", "input": {"name": "x", "shape": [4, 20]},
                 "layers": [{"name": "fc", "kind": "linear", "out_features": 5, "bias": false},
                            {"name": "z", "kind": "zero", "stride": 2}]}
                """);
        assertThat(net.inputShape()).isEqualTo(TensorShape.flat(4, 20));
        assertThat(NetworkDocument.toJson(net).get("layers").get(1).toString())
                .isEqualTo("{\"name\":\"z\",\"kind\":\"zero\",\"stride\":2}");
    }

    @Test
    void writeAndReadAFile(@TempDir Path dir) throws IOException, DocumentException {
        Network net = ModelZoo.resnet18();
        Path file = dir.resolve("r.hwnet.json");
        NetworkDocument.write(net, file);
        assertThat(NetworkDocument.read(file)).isEqualTo(net);
        String text = Files.readString(file);
        assertThat(text).startsWith("{\n  \"format\" : \"network/1\",").endsWith("}\n").doesNotContain("\r");
        NetworkDocument.write(NetworkDocument.read(file), file);
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void builderNetworksRoundTrip() throws DocumentException {
        NetworkBuilder b = new NetworkBuilder("branches", "x", TensorShape.of(1, 4, 9, 9));
        String a = b.conv("a", 4, 3, 1, 1);
        String c = b.from("x").groupedConv("c", 8, 3, 2, 1, 2);
        b.from(a).avgPool("p", 3, 2, 1);
        b.concat("cat", "p", c);
        b.hardswish("hs");
        b.sigmoid("sig");
        b.relu6("r6");
        b.zero("z", 2);
        b.identity("id");
        Network net = b.build();
        assertThat(NetworkDocument.parse("<b>", NetworkDocument.toText(net))).isEqualTo(net);
    }

    @Test
    void missingFileIsOneProblem() {
        DocumentException e = catchThrowableOfType(DocumentException.class,
                () -> NetworkDocument.read(Path.of("no/such/net.hwnet.json")));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.toString()).contains("no such file"));
    }

    @Test
    void everyProblemIsReportedAtOnceWithLineAndColumn() {
        String doc = """
                {"format": "network/1", "name": "bad", "input": {"name": "image", "shape": [1, 3, 8, 8]},
                 "layers": [
                  {"name": "c", "kind": "conv2d", "out_channels": 4, "kernel": 9},
                  {"name": "r", "kind": "relu", "inputs": ["image"]},
                  {"name": "r", "kind": "relu"}
                 ]}
                """;
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> NetworkDocument.parse("bad.hwnet.json", doc));
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "bad.hwnet.json:3:64: layers[0].kernel: kernel 9x9 is larger than the padded input 8x8 (input 'image' is 1x3x8x8, padding 0)",
                "bad.hwnet.json:5:12: layers[2].name: duplicate layer name 'r' (first used by layers[1])");
    }

    @Test
    void programmaticLayersEqualParsedOnes() throws DocumentException {
        Network parsed = NetworkDocument.parse("<p>", """
                {"format": "network/1", "name": "p", "input": {"name": "x", "shape": [1, 1, 5, 5]},
                 "layers": [{"name": "m", "kind": "avg_pool", "kernel": 3, "stride": 1, "padding": 1}]}
                """);
        Network built = new Network("p", "x", TensorShape.of(1, 1, 5, 5), List.of(Layer.avgPool("m", 3, 1, 1)));
        assertThat(parsed).isEqualTo(built).hasSameHashCodeAs(built);
    }
}
