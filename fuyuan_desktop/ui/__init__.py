"""Qt user interface: the workbench window, its pages and dialogs (the only layer that imports Qt)."""
