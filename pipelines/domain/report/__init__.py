"""The HTML report built from the published warehouse: charts with the tables behind them, offline."""
