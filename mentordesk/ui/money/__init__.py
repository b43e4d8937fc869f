"""The money pages: invoices, the invoice editor, payments and the reports."""
