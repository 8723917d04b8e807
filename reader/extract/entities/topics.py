"""Whether an article reports sport, from the words sport writing cannot do without.

In a match report a town is usually a club ("a win over Middlesbrough", "Biarritz
host Northampton"); elsewhere it is a place. The entity model weighs a place's
neighbours differently when this says sport, and learns how from annotated text.
"""

from __future__ import annotations

import re

from reader.extract.anchored import alternation
from reader.extract.entities.lexicon import words

# The words sport writing cannot do without, as a trie: a plain alternation behind a \b
# is tried word by word at every position of every article.
_CUE_WORDS = words(
    "match matches goal goals scored scorer striker midfielder defender goalkeeper keeper "
    "winger coach manager boss season league cup final semi-final semi-finals "
    "quarter-final quarter-finals tries penalty penalties wicket wickets innings batsman "
    "bowler fixture fixtures tournament seeded seed seeds victory defeat beat champion "
    "champions championship premiership referee half-time kick-off squad podium medal "
    "relegation promoted derby stadium injury transfer opener equaliser draw drew player "
    "players team teammate teammates club clubs peloton rider riders breakaway sprint "
    "sprints sprinter sprinters lap laps qualifying leaderboard birdie birdies bogey bogeys "
    "putt putts fairway hurdle hurdles knockout touchdown touchdowns quarterback "
    "quarterbacks interception interceptions fumble fumbles receiver receivers yards inning "
    "homer homers pitcher pitchers rebound rebounds assists three-pointer three-pointers "
    "overtime goaltender goaltenders puck playoff playoffs postseason roster fly-half "
    "scrum-half scrum lineout lineouts flanker flankers full-back wicketkeeper all-rounder "
    "batting bowling umpire umpires halftime linescore shortstop infielder outfielder "
    "outfielders bullpen strikeout strikeouts dunk layup linebacker linebackers lineman "
    "linemen cornerback cornerbacks tailback signee signees"
)
_CUES = re.compile(
    r"\b(?:" + alternation(_CUE_WORDS) + r"|field\s+goals?|home\s+runs?)\b"
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
