"""Use cases of the workbench; the GUI, the CLI and the hub all call these and write no SQL of their own."""
