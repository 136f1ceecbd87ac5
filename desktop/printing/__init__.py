"""Printing: participant lists and attendance sheets (print preview, printer, PDF)."""
