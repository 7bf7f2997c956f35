"""Modules generated from forms/*.ui by pyside6-uic (``python -m fuyuan_desktop.ui.compile_forms``); do not edit."""
