"""Browser tests of the HTML page (marker ``browser``)."""
