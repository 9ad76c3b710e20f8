-- V1: the consumer tables the sync fills, its bookkeeping (sync_state) and its run lock (sync_lock).
-- Dialect-neutral: ${TEXT}, ${BIGINT}, ${REAL}, ${BOOLEAN}, ${JSON}, ${TIMESTAMP} are replaced by SqlDialect.
-- Every synced table ends with the same bookkeeping columns:
--   extra         catalog fields this schema has no column for (JSON object), NULL when there are none
--   content_hash  SHA-256 of the stored values; a row is rewritten only when it changes
--   inserted_at   when the row first arrived; updated_at: when its stored values last changed
--   deleted_at    set when the entry disappeared upstream, cleared when it comes back

CREATE TABLE factor_registry (
    name                   ${TEXT} NOT NULL,
    source                 ${TEXT} NOT NULL,
    region                 ${TEXT},
    description_cn         ${TEXT},
    formula_hint           ${TEXT},
    expression             ${TEXT},
    expression_fingerprint ${TEXT},
    created_at_utc         ${TEXT},
    experiment_id          ${TEXT},
    tags                   ${JSON},
    variables              ${JSON},
    freq                   ${TEXT},
    align                  ${TEXT},
    nan_policy             ${TEXT},
    input_schema           ${JSON},
    interface_info         ${JSON},
    impl_module            ${TEXT},
    impl_func              ${TEXT},
    impl_version           ${TEXT},
    best_performance       ${TEXT},
    best_sharpe            ${REAL},
    best_annual_return     ${REAL},
    best_max_drawdown      ${REAL},
    best_task_run_id       ${TEXT},
    best_loop_id           ${BIGINT},
    alpha158_in_config     ${BOOLEAN},
    in_factor_catalog      ${BOOLEAN} NOT NULL,
    in_alpha158_meta       ${BOOLEAN} NOT NULL,
    extra                  ${JSON},
    content_hash           ${TEXT} NOT NULL,
    inserted_at            ${TIMESTAMP} NOT NULL,
    updated_at             ${TIMESTAMP} NOT NULL,
    deleted_at             ${TIMESTAMP},
    PRIMARY KEY (name, source)
);

CREATE INDEX factor_registry_impl_version ON factor_registry (impl_version);

CREATE TABLE strategy_registry (
    strategy_id            ${TEXT} NOT NULL PRIMARY KEY,
    scenario               ${TEXT},
    step_name              ${TEXT},
    action                 ${TEXT},
    example_task_run_id    ${TEXT},
    example_loop_id        ${BIGINT},
    example_workspace_id   ${TEXT},
    example_workspace_path ${TEXT},
    template_files         ${JSON},
    impl_module            ${TEXT},
    impl_func              ${TEXT},
    impl_strategy_name     ${TEXT},
    data_config            ${JSON},
    dataset_config         ${JSON},
    portfolio_config       ${JSON},
    backtest_config        ${JSON},
    model_config           ${JSON},
    feature_list           ${JSON},
    instruments            ${JSON},
    market                 ${TEXT},
    freq                   ${TEXT},
    model_type             ${TEXT},
    train_start            ${TEXT},
    train_end              ${TEXT},
    val_start              ${TEXT},
    val_end                ${TEXT},
    test_start             ${TEXT},
    test_end               ${TEXT},
    extra                  ${JSON},
    content_hash           ${TEXT} NOT NULL,
    inserted_at            ${TIMESTAMP} NOT NULL,
    updated_at             ${TIMESTAMP} NOT NULL,
    deleted_at             ${TIMESTAMP}
);

CREATE TABLE loop_result (
    task_run_id            ${TEXT} NOT NULL,
    loop_id                ${BIGINT} NOT NULL,
    workspace_id           ${TEXT} NOT NULL,
    workspace_path         ${TEXT},
    scenario               ${TEXT},
    step_name              ${TEXT},
    action                 ${TEXT},
    status                 ${TEXT},
    has_result             ${BOOLEAN},
    log_dir                ${TEXT},
    materialization_status ${TEXT},
    materialization_error  ${TEXT},
    asset_bundle_id        ${TEXT},
    is_solidified          ${BOOLEAN},
    sync_status            ${TEXT},
    strategy_id            ${TEXT},
    factor_names           ${JSON},
    annualized_return      ${REAL},
    max_drawdown           ${REAL},
    sharpe                 ${REAL},
    ic                     ${REAL},
    ic_ir                  ${REAL},
    win_rate               ${REAL},
    metrics                ${JSON},
    decision               ${BOOLEAN},
    summary_execution      ${TEXT},
    summary_value_feedback ${TEXT},
    summary_shape_feedback ${TEXT},
    paths                  ${JSON},
    model_run_id           ${TEXT},
    factor_impl_version    ${TEXT},
    model_file_paths       ${JSON},
    missing                ${JSON},
    gates_passed           ${BOOLEAN},
    started_at_utc         ${TEXT},
    ended_at_utc           ${TEXT},
    updated_at_utc         ${TEXT},
    extra                  ${JSON},
    content_hash           ${TEXT} NOT NULL,
    inserted_at            ${TIMESTAMP} NOT NULL,
    updated_at             ${TIMESTAMP} NOT NULL,
    deleted_at             ${TIMESTAMP},
    PRIMARY KEY (task_run_id, loop_id, workspace_id)
);

CREATE INDEX loop_result_strategy ON loop_result (strategy_id);
CREATE INDEX loop_result_status ON loop_result (status);

CREATE TABLE model_registry (
    model_id               ${TEXT} NOT NULL PRIMARY KEY,
    task_run_id            ${TEXT},
    loop_id                ${BIGINT},
    workspace_id           ${TEXT},
    workspace_path         ${TEXT},
    log_dir                ${TEXT},
    model_type             ${TEXT},
    model_config           ${JSON},
    dataset_config         ${JSON},
    feature_schema         ${JSON},
    flattened_feature_list ${JSON},
    feature_names          ${JSON},
    model_artifacts        ${JSON},
    model_run_id           ${TEXT},
    extra                  ${JSON},
    content_hash           ${TEXT} NOT NULL,
    inserted_at            ${TIMESTAMP} NOT NULL,
    updated_at             ${TIMESTAMP} NOT NULL,
    deleted_at             ${TIMESTAMP}
);

CREATE INDEX model_registry_loop ON model_registry (task_run_id, loop_id);

CREATE TABLE factor_package_version (
    version                ${TEXT} NOT NULL PRIMARY KEY,
    created_at_utc         ${TEXT},
    sha256                 ${TEXT},
    size_bytes             ${BIGINT},
    factor_count           ${BIGINT},
    extra                  ${JSON},
    content_hash           ${TEXT} NOT NULL,
    inserted_at            ${TIMESTAMP} NOT NULL,
    updated_at             ${TIMESTAMP} NOT NULL,
    deleted_at             ${TIMESTAMP}
);

-- One row per API resource: what the last run saw and did.
CREATE TABLE sync_state (
    resource               ${TEXT} NOT NULL PRIMARY KEY,
    etag                   ${TEXT},
    cursor                 ${TEXT},
    last_outcome           ${TEXT},
    last_attempt_at        ${TIMESTAMP},
    last_success_at        ${TIMESTAMP},
    last_change_at         ${TIMESTAMP},
    requests               ${BIGINT},
    live_rows              ${BIGINT},
    inserted               ${BIGINT},
    updated                ${BIGINT},
    deleted                ${BIGINT},
    unchanged              ${BIGINT},
    duplicates             ${BIGINT},
    last_error             ${TEXT},
    last_error_at          ${TIMESTAMP},
    consecutive_failures   ${BIGINT} NOT NULL
);

-- The run lock: one row per lock name, held by one run until released or its lease expires.
CREATE TABLE sync_lock (
    name                   ${TEXT} NOT NULL PRIMARY KEY,
    owner                  ${TEXT} NOT NULL,
    acquired_at_ms         ${BIGINT} NOT NULL,
    expires_at_ms          ${BIGINT} NOT NULL
);
