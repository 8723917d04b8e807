"""Whether an article reports sport, from the words sport writing cannot do without.

In a match report a town is usually a club ("a win over Middlesbrough", "Biarritz
host Northampton"); elsewhere it is a place. The entity model weighs a place's
neighbours differently when this says sport, and learns how from annotated text.
"""

from __future__ import annotations

import re

_CUES = re.compile(
    r"\b(?:match(?:es)?|goals?|scored|scorer|striker|midfielder|defender|goalkeeper|keeper"
    r"|winger|coach|manager|boss|season|league|cup|final|semi-finals?|quarter-finals?|tries"
    r"|penalt(?:y|ies)|wickets?|innings|batsman|bowler|fixtures?|tournament|seeded|seeds?"
    r"|victory|defeat|beat|champions?|championship|premiership|referee|half-time|kick-off"
    r"|squad|podium|medal|relegation|promoted|derby|stadium|injury|transfer|opener"
    r"|equaliser|draw|drew|player|players|team|teammates?|club|clubs"
    r"|peloton|riders?|breakaway|sprint(?:s|er|ers)?|laps?|qualifying|leaderboard|birdies?"
    r"|bogeys?|putts?|fairway|hurdles?|knockout"
    r"|touchdowns?|quarterbacks?|field\s+goals?|interceptions?|fumbles?|receivers?|yards"
    r"|inning|homers?|home\s+runs?|pitchers?|rebounds?|assists|three-pointers?|overtime"
    r"|goaltenders?|puck|playoffs?|postseason|roster"
    r"|fly-half|scrum-half|scrum|lineouts?|flankers?|full-back"
    r"|wicketkeeper|all-rounder|batting|bowling|umpires?)\b"
    # a team sheet's own words: "Replacements:", "Subs not used:", "(Sale, capt)"
    r"|\b(?:replacements|substitutes|subs not used):|,\s*capt\)"
)
# "3-1", "6-4": a score; "+0:14", "+3.905s": a rider's or driver's gap (counted twice).
# Not "14-1/4": grain and bond prices are quoted in fractions.
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b(?!/\d)|\+\d{1,2}:\d\d\b|\+\d{1,3}\.\d{1,3}s\b")
# Cues per word: sport reports measured 0.04-0.30, other news 0-0.03 (the project's
# annotated articles, benchmarks/data/news_train and news_unseen/dev).
_SPORT_SHARE = 0.035


def is_sport(text: str) -> bool:
    words = text.count(" ") + text.count("\n") + 1
    cues = len(_CUES.findall(text.lower())) + 2 * len(_SCORE.findall(text))
    return cues >= 3 and cues / words >= _SPORT_SHARE  # one "club" in a line is not sport
