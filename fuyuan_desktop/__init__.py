"""Fuyuan Desktop (府院联动·诉前调解工作台): the offline workbench for on-site pre-litigation mediation."""

__version__ = "0.1.0"
