/**
 * A small reader for the flat parquet files pandas and pyarrow write (the return series' {@code ret_schema.parquet}),
 * in plain Java without Hadoop; {@link rdresults.api.curves.parquet.ParquetTable} is its entry point.
 */
package rdresults.api.curves.parquet;
