"""Regions: what each part of a read slide is (heading, table columns, the slide's role).

Layout only: these modules look at text, geometry and style, plus the rule data passed
in; they decide nothing about items. ``assemble`` builds item records from them.
"""
