"""Assemble: item records from regions, merged across the deck, placed in their hierarchy.

``tables`` turns an items table into one record per row; ``merge`` joins the records a
deck gives of one item in several places; ``hierarchy`` finds each record's parent.
"""
