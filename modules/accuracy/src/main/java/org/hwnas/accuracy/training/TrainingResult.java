package org.hwnas.accuracy.training;

import java.util.List;

/**
 * What a short training run achieved.
 *
 * @param validationAccuracy top-1 accuracy on the held-out digits, percent
 * @param validationLoss     mean cross-entropy on them
 * @param lossCurve          mean training loss over successive stretches of steps (10 per epoch)
 * @param steps              optimisation steps taken
 * @param epochs             passes over the training split, fractional when the time budget cut one short
 * @param trainSeconds       wall time of the training steps
 * @param wallSeconds        wall time in all (building, training, validation)
 */
public record TrainingResult(double validationAccuracy, double validationLoss, List<LossPoint> lossCurve,
                             int steps, double epochs, double trainSeconds, double wallSeconds) {
    public TrainingResult {
        lossCurve = List.copyOf(lossCurve);
    }

    /** Mean training loss of the steps up to {@code step} since the previous point. */
    public record LossPoint(int step, double epoch, double loss) {
    }
}
