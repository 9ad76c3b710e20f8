"""Writes the parquet test files of RetSchemaParquetReaderTest with pandas and pyarrow (the writers RD-Agent's
ret_schema.parquet comes from). Run from this folder with an interpreter that has pandas and pyarrow:

    python make_fixtures.py ../../../../../examples/sample/git_ignore_folder/RD-Agent_workspace/00f1da54cc8446b681a5a9c835461cd9/ret_schema.json

The files are committed; the tests need neither pandas nor pyarrow.
"""
import json
import math
import sys

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq


def report_frame(json_path):
    """Qlib's report frame as RD-Agent holds it: a naive datetime index named datetime and four float columns."""
    df = pd.read_json(json_path, orient="table", precise_float=True)
    df = df.set_index("datetime")
    df.index = df.index.tz_localize(None)
    return df[["return", "cost", "bench", "turnover"]]


def main(json_path):
    sample = report_frame(json_path)
    # exactly what RD-Agent does: DataFrame.to_parquet() with pandas' defaults (pyarrow, snappy, dictionaries)
    sample.to_parquet("sample_pandas_snappy.parquet")
    sample.to_parquet("sample_uncompressed_micros.parquet", compression=None, coerce_timestamps="us",
                      allow_truncated_timestamps=True)
    sample.to_parquet("sample_gzip_plain_millis.parquet", compression="gzip", use_dictionary=False,
                      coerce_timestamps="ms")
    # tz-aware dates (isAdjustedToUTC) and an unnamed index (__index_level_0__)
    aware = sample.copy()
    aware.index = aware.index.tz_localize("UTC").rename(None)
    aware.to_parquet("sample_utc_unnamed_index.parquet")
    sample.to_parquet("sample_lz4.parquet", compression="lz4")

    # a long series with gaps: many pages, several row groups, data pages v2, zstd; and the same as pandas JSON
    rng = np.random.default_rng(7)
    n = 1000
    dates = pd.bdate_range("2012-01-02", periods=n, name="datetime")
    long = pd.DataFrame({
        "return": rng.normal(0.0004, 0.01, n),
        "cost": np.where(rng.random(n) < 0.5, 0.0002, 0.0),
        "bench": rng.normal(0.0003, 0.009, n),
        "turnover": rng.random(n),
    }, index=dates)
    long.iloc[5, 0] = np.nan
    long.iloc[17, 2] = np.nan
    long.iloc[999, 3] = np.nan
    table = pa.Table.from_pandas(long)
    pq.write_table(table, "long_zstd_v2.parquet", compression="zstd", data_page_version="2.0",
                   data_page_size=2048, row_group_size=400)
    pq.write_table(table, "long_snappy_v1.parquet", compression="snappy", data_page_size=2048,
                   row_group_size=300)
    write_table_json(long, "long.json")


def write_table_json(df, path):
    """The frame in pandas' orient=table layout, each float as its shortest round-trip repr (pandas' own to_json
    keeps at most 15 digits, which would make the oracle differ from the parquet file in the last bits)."""
    fields = [{"name": "datetime", "type": "datetime"}] + [{"name": c, "type": "number"} for c in df.columns]
    rows = []
    for when, values in df.iterrows():
        row = {"datetime": when.strftime("%Y-%m-%dT%H:%M:%S.000")}
        for c in df.columns:
            v = float(values[c])
            row[c] = None if math.isnan(v) else v
        rows.append(row)
    with open(path, "w") as f:
        json.dump({"schema": {"fields": fields, "primaryKey": ["datetime"]}, "data": rows}, f, allow_nan=False)


if __name__ == "__main__":
    main(sys.argv[1])
