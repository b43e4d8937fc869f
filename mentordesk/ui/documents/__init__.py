"""Documents that leave the practice, on screen: the letter composer and its live preview,
printing through Qt's print dialog, the document log and the client's consents.

The PDF itself is built by ``services.documents`` (reportlab, off the UI thread here); these
widgets choose what goes in, show it, and hand it to a file or a printer.
"""
