package rdresults.testkit.internal.plan;

/** {@code task_runs.scenario}: the loop class name, which also decides the loops' actions and step names. */
public enum Scenario {
    QUANT("QuantRDLoop", "feedback"),
    FACTOR("FactorRDLoop", "record"),
    MODEL("ModelRDLoop", "record");

    private final String loopClass;
    private final String finalStep;

    Scenario(String loopClass, String finalStep) {
        this.loopClass = loopClass;
        this.finalStep = finalStep;
    }

    public String loopClass() {
        return loopClass;
    }

    /** {@code step_name} of the experiment workspace: the step that ended the loop. */
    public String finalStep() {
        return finalStep;
    }
}
