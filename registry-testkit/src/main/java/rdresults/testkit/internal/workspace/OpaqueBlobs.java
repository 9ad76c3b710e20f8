package rdresults.testkit.internal.workspace;

import java.util.List;
import rdresults.testkit.internal.content.Resources;
import rdresults.testkit.internal.plan.Action;

/**
 * Binary files readers must treat as opaque (pickles, PNGs). A few fixed variants are shared by every workspace:
 * the generator never needs their content, and reusing them keeps large registries fast.
 */
final class OpaqueBlobs {

    private final Blob retPkl = Blob.of(Resources.bytes("blobs/ret.pkl"));
    private final Blob retCurve = Blob.of(Resources.bytes("blobs/ret_curve.png"));
    private final Blob ddCurve = Blob.of(Resources.bytes("blobs/dd_curve.png"));
    /** Pickled qlib models: variants 0 and 1 are GeneralPTNN, variant 2 is LGBModel. */
    private final List<Blob> models = List.of(Blob.of(Resources.bytes("blobs/model_0.pkl")),
            Blob.of(Resources.bytes("blobs/model_1.pkl")), Blob.of(Resources.bytes("blobs/model_2.pkl")));
    private final List<Blob> params = List.of(Blob.of(Resources.bytes("blobs/params_0.pkl")),
            Blob.of(Resources.bytes("blobs/params_1.pkl")), Blob.of(Resources.bytes("blobs/params_2.pkl")));

    Blob retPkl() {
        return retPkl;
    }

    Blob retCurve() {
        return retCurve;
    }

    Blob ddCurve() {
        return ddCurve;
    }

    /** model.pkl of a loop: LightGBM for factor loops, one of the network variants for model loops. */
    Blob modelPkl(Action action, long contentSeed) {
        return action == Action.FACTOR ? models.get(2) : models.get((int) Math.floorMod(contentSeed, 2L));
    }

    /** mlruns/.../artifacts/params.pkl of a loop, matching {@link #modelPkl}. */
    Blob paramsPkl(Action action, long contentSeed) {
        return action == Action.FACTOR ? params.get(2) : params.get((int) Math.floorMod(contentSeed, 2L));
    }
}
