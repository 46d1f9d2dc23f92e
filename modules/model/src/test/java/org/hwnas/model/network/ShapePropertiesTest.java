package org.hwnas.model.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hwnas.model.workload.LoopBounds;

/** Shape inference against brute force: slide the window and count where it fits. */
class ShapePropertiesTest {

    /** Window starts {@code 0, s, 2s, ...} in padded coordinates whose last tap stays inside. */
    private static int bruteForce(int in, int k, int s, int p, int d) {
        int count = 0;
        for (int start = 0; start + d * (k - 1) <= in + 2 * p - 1; start += s) {
            count++;
        }
        return count;
    }

    @Property
    void outputSizeFormulaMatchesSlidingWindowCount(@ForAll @IntRange(min = 1, max = 80) int in,
            @ForAll @IntRange(min = 1, max = 11) int k, @ForAll @IntRange(min = 1, max = 6) int s,
            @ForAll @IntRange(min = 0, max = 5) int p, @ForAll @IntRange(min = 1, max = 4) int d) {
        assertThat(WindowMath.outputSize(in, k, s, p, d)).isEqualTo(bruteForce(in, k, s, p, d));
    }

    @Property
    void convShapesAndLoopBoundsAgreeWithBruteForce(@ForAll @IntRange(min = 1, max = 40) int h,
            @ForAll @IntRange(min = 1, max = 40) int w, @ForAll @IntRange(min = 1, max = 4) int groups,
            @ForAll @IntRange(min = 1, max = 3) int cPerGroup, @ForAll @IntRange(min = 1, max = 3) int kPerGroup,
            @ForAll @IntRange(min = 1, max = 7) int kh, @ForAll @IntRange(min = 1, max = 7) int kw,
            @ForAll @IntRange(min = 1, max = 3) int stride, @ForAll @IntRange(min = 0, max = 3) int pad,
            @ForAll @IntRange(min = 1, max = 3) int dil) {
        int expectH = bruteForce(h, kh, stride, pad, dil);
        int expectW = bruteForce(w, kw, stride, pad, dil);
        Layer conv = Layer.conv2d("c", groups * kPerGroup, Size2.of(kh, kw), Size2.square(stride),
                Size2.square(pad), Size2.square(dil), groups, false);
        ShapeInference.Result r = ShapeInference.infer("x", TensorShape.of(2, groups * cPerGroup, h, w), List.of(conv));
        if (expectH == 0 || expectW == 0) {
            assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("kernel"));
            return;
        }
        assertThat(r.problems()).isEmpty();
        LayerInfo info = r.infos().get(0);
        assertThat(info.output()).isEqualTo(TensorShape.of(2, groups * kPerGroup, expectH, expectW));
        LoopBounds b = info.loopBounds().orElseThrow();
        assertThat(b.q()).isEqualTo(expectH);
        assertThat(b.p()).isEqualTo(expectW);
        assertThat(info.macs()).isEqualTo(b.macs());
        assertThat(info.weightElements()).isEqualTo(b.weightCount());
        assertThat(info.outputElements()).isEqualTo(b.outputCount());
        // the loops touch at most the padded input, and the last window ends within one stride of its edge
        assertThat(b.inputWidth()).isBetween(w + 2 * pad - stride + 1, w + 2 * pad);
        assertThat(b.inputHeight()).isBetween(h + 2 * pad - stride + 1, h + 2 * pad);
    }

    @Property
    void poolsMatchBruteForce(@ForAll @IntRange(min = 1, max = 50) int size, @ForAll @IntRange(min = 1, max = 5) int k,
            @ForAll @IntRange(min = 1, max = 4) int s, @ForAll @IntRange(min = 0, max = 2) int p) {
        Assume.that(p <= k / 2);
        int expect = bruteForce(size, k, s, p, 1);
        ShapeInference.Result r = ShapeInference.infer("x", TensorShape.of(1, 3, size, size),
                List.of(Layer.maxPool("m", k, s, p)));
        if (expect == 0) {
            assertThat(r.problems()).isNotEmpty();
        } else {
            assertThat(r.infos().get(0).output()).isEqualTo(TensorShape.of(1, 3, expect, expect));
        }
    }

    @Property
    void zeroStrideMatchesSlicing(@ForAll @IntRange(min = 1, max = 50) int size, @ForAll @IntRange(min = 1, max = 5) int s) {
        int expect = 0;
        for (int i = 0; i < size; i += s) {
            expect++;
        }
        assertThat(WindowMath.subsample(size, s)).isEqualTo(expect);
    }
}
