package org.hwnas.arch.mbv2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hwnas.model.network.NetworkAnalysis;
import org.hwnas.model.network.zoo.ModelZoo;
import org.junit.jupiter.api.Test;

class MbNetArchTest {

    @Test
    void theMobileNetV2PointIsTorchvisionsMobileNetV2() {
        NetworkAnalysis a = NetworkAnalysis.of(MbNetArch.mobilenetV2(1.0, MbMacro.IMAGENET).network());
        NetworkAnalysis zoo = NetworkAnalysis.of(ModelZoo.mobilenetV2());
        // torchvision mobilenet_v2: 3,504,872 parameters, 300.8 M multiply-adds (PublishedTotalsTest)
        assertThat(a.totalParams()).isEqualTo(3_504_872L).isEqualTo(zoo.totalParams());
        assertThat(a.totalMacs()).isEqualTo(300_774_272L).isEqualTo(zoo.totalMacs());
    }

    @Test
    void width14IsCloseToThePublishedFigure() {
        NetworkAnalysis a = NetworkAnalysis.of(MbNetArch.mobilenetV2(1.4, MbMacro.IMAGENET).network());
        // Sandler et al. 2018, Table: MobileNetV2 (1.4) 585 M multiply-adds, 6.9 M parameters
        assertThat(a.totalMacs() / 1e6).isCloseTo(585, within(585 * 0.03));
        assertThat(a.totalParams() / 1e6).isCloseTo(6.9, within(6.9 * 0.15));
    }

    @Test
    void widthRoundingFollowsTorchvision() {
        assertThat(MbMacro.scaled(32, 1.0)).isEqualTo(32);
        assertThat(MbMacro.scaled(32, 0.75)).isEqualTo(24);
        assertThat(MbMacro.scaled(24, 0.35)).isEqualTo(8);
        assertThat(MbMacro.scaled(16, 1.4)).isEqualTo(24); // 22.4 -> 24
        assertThat(MbMacro.scaled(96, 1.4)).isEqualTo(136); // 134.4 -> 136
    }

    @Test
    void handCountedSmallestCandidate() {
        // width 1.0, one k3e3 block per stage, 224x224: counted by hand below
        List<List<MbBlock>> one = List.of(List.of(new MbBlock(3, 3)), List.of(new MbBlock(3, 3)), List.of(new MbBlock(3, 3)),
                List.of(new MbBlock(3, 3)), List.of(new MbBlock(3, 3)), List.of(new MbBlock(3, 3)));
        NetworkAnalysis a = NetworkAnalysis.of(new MbNetArch(1.0, one, MbMacro.IMAGENET).network());
        long macs = 0;
        macs += 112L * 112 * 32 * 27;                       // stem 3x3/2, 3 -> 32
        macs += 112L * 112 * 32 * 9 + 112L * 112 * 16 * 32; // first block: dw 3x3 32, project 32 -> 16
        int[] ch = {16, 24, 32, 64, 96, 160, 320};
        int[] hw = {112, 56, 28, 14, 14, 7, 7};             // output side of each stage
        for (int s = 0; s < 6; s++) {
            long inSide = hw[s];
            long outSide = hw[s + 1];
            long hidden = ch[s] * 3L;
            macs += inSide * inSide * hidden * ch[s];        // expand 1x1
            macs += outSide * outSide * hidden * 9;          // depthwise 3x3
            macs += outSide * outSide * ch[s + 1] * hidden;  // project 1x1
        }
        macs += 7L * 7 * 1280 * 320 + 1280L * 1000;         // head conv and classifier
        assertThat(a.totalMacs()).isEqualTo(macs);
    }

    @Test
    void textRoundTripsAndBadTextSaysWhy() {
        MbNetArch m = MbNetArch.mobilenetV2(0.75, MbMacro.IMAGENET);
        assertThat(m.text()).isEqualTo("w0.75|k3e6,k3e6|k3e6,k3e6,k3e6|k3e6,k3e6,k3e6,k3e6|k3e6,k3e6,k3e6|k3e6,k3e6,k3e6|k3e6");
        assertThat(MbNetArch.parse(m.text(), MbMacro.IMAGENET)).isEqualTo(m);
        assertThatThrownBy(() -> MbNetArch.parse("w1.0|k3e6", MbMacro.IMAGENET)).hasMessageContaining("6 stages");
        assertThatThrownBy(() -> MbNetArch.parse("w1.0|k3x6|k3e6|k3e6|k3e6|k3e6|k3e6", MbMacro.IMAGENET))
                .hasMessageContaining("k<kernel>e<expansion>");
        assertThatThrownBy(() -> MbNetArch.parse("w1.0|k4e6|k3e6|k3e6|k3e6|k3e6|k3e6", MbMacro.IMAGENET))
                .hasMessageContaining("odd");
    }
}
