package org.hwnas.naas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hwnas.arch.mbv2.MbMacro;
import org.hwnas.arch.mbv2.MbNetArch;
import org.hwnas.model.accel.Accelerator;
import org.hwnas.search.space.mbv2.MbNetSpace;
import org.junit.jupiter.api.Test;

class NetworkCoSearchTest {

    @Test
    void macsProxyFollowsTheMobileNetV2WidthPoints() {
        NetworkAccuracy a = NetworkAccuracy.macsProxy();
        assertEquals(NetworkAccuracy.MACS_PROXY, a.id());
        double w10 = a.top1(MbNetArch.mobilenetV2(1.0, MbMacro.IMAGENET));
        double w14 = a.top1(MbNetArch.mobilenetV2(1.4, MbMacro.IMAGENET));
        assertEquals(72.0, w10, 1.0, "MobileNetV2 1.0: 72.0 % at 300 M MACs");
        assertEquals(74.7, w14, 1.5, "MobileNetV2 1.4: 74.7 % at 585 M MACs");
        assertTrue(w14 > w10);
        // the proxy stays the default (zero-cost handles mbv2 but returns scores, not percent); a wrong id is refused
        assertEquals(NetworkAccuracy.MACS_PROXY, NetworkAccuracy.resolve(null).id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkAccuracy.resolve("no-such-estimator"));
        assertTrue(e.getMessage().contains("no-such-estimator"), e.getMessage());
    }

    @Test
    void aNamedEstimatorAndMetricReplaceTheProxy() {
        NetworkAccuracy synflow = NetworkAccuracy.resolve("zero-cost");
        assertEquals("zero-cost:none/synflow@0", synflow.id());
        MbMacro small = new MbMacro(32, 10);
        assertTrue(synflow.top1(MbNetArch.mobilenetV2(1.0, small)) > synflow.top1(MbNetArch.mobilenetV2(0.75, small)));
        NetworkAccuracy params = NetworkAccuracy.resolve("zero-cost:none/params@0");
        assertEquals(2_236_682, params.top1(MbNetArch.mobilenetV2(1.0, small)), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkAccuracy.resolve("zero-cost:cifar10/test@200"));
        assertTrue(e.getMessage().startsWith("accuracy estimator 'zero-cost' has no metric 'cifar10/test@200' (valid: none/synflow@0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NetworkAccuracy.resolve("nb201-table"));
        assertTrue(e.getMessage().startsWith("accuracy estimator 'nb201-table' does not handle mbv2"), e.getMessage());
    }

    /** The floor the round's best must meet: the incumbent (MobileNetV2 1.0) is feasible, so the best always is. */
    private static double r0(NetworkCoSearch.Candidate c, NetworkCoSearch.Candidate best) {
        return NetworkAccuracy.macsProxy().top1(MbNetArch.mobilenetV2(1.0, MbMacro.IMAGENET)) - 1e-9;
    }

    @Test
    void networkLevelKeepsTheAccuracyFloorAndTheBudget() throws Exception {
        Accelerator base = EncodingTest.eyeriss();
        MappingSearch quick = NaasSearchTest.mapper(300);
        NetworkCoSearch.Options o = new NetworkCoSearch.Options(new NaasSearch.Options(4, 0, 0.3, 2), quick, quick, 1, 4, 4, 2,
                Double.NaN);
        int[] children = {0};
        NetworkCoSearch.Result r = NetworkCoSearch.run(base, MbNetSpace.defaults(), NetworkAccuracy.macsProxy(), o,
                new NetworkCoSearch.Progress() {
                    @Override
                    public void round(int round, String stage) {
                    }

                    @Override
                    public void child(int round, int i, NetworkCoSearch.Candidate c, NetworkCoSearch.Candidate best) {
                        children[0]++;
                        assertTrue(best.top1() >= r0(c, best), "the round's best is feasible once a feasible child exists");
                    }
                });
        assertEquals(r.reference().top1(), r.minTop1(), "default floor: the reference's own estimate");
        assertTrue(r.best().top1() >= r.minTop1() - 1e-9, "the winner meets the accuracy floor");
        assertTrue(HardwareSpace.withinBudget(r.design().accelerator(), 168, HardwareSpace.onchipBytes(base)));
        assertEquals(r.design().accelerator(), r.best().cost().design(), "reported cost is on the reported design");
        assertEquals(4, r.networksEvaluated());
        assertEquals(4, children[0]);
    }
}
