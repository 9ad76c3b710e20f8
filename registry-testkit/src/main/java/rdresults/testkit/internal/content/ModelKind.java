package rdresults.testkit.internal.content;

/** The model architectures RD-Agent proposes in model loops; each has a runnable model.py template. */
public enum ModelKind {
    MLP_RESIDUAL("MLP_Residual_Model", "带残差连接与LayerNorm的三层MLP截面模型。", "code/model_mlp_residual.py"),
    TRANSFORMER("Transformer_Encoder_Model", "Transformer编码器，带位置编码，适合长序列。", "code/model_transformer.py"),
    TCN("TCN_Dilated_Model", "Dilated temporal convolution network (膨胀卷积).", "code/model_tcn.py"),
    LSTM_ATTENTION("LSTM_Attention_Model", "LSTM + additive attention; 对最近时间步赋予更高权重。",
            "code/model_lstm_attention.py"),
    GRU("GRU_Temporal_Model", "两层GRU时序模型，捕捉因子序列的时间依赖。", "code/model_gru.py");

    private final String displayName;
    private final String description;
    private final String codeResource;

    ModelKind(String displayName, String description, String codeResource) {
        this.displayName = displayName;
        this.description = description;
        this.codeResource = codeResource;
    }

    /** The name the hypothesis uses, also listed as a "factor" in model loops' factor_meta.json. */
    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }

    String codeResource() {
        return codeResource;
    }
}
