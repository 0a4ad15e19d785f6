"""The analyser's version: bump it when the analysis changes, and analyses stored by an
older version are redone when their article is opened."""

ANALYZER_VERSION = "14"
