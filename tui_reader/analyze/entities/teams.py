"""Teams of the four North American major leagues (facts): sports writing names a team by
its nickname ("the Browns", whom the small model takes for a family) and by its city
("Cleveland DL Larry Ogunjobi", the team, not the city)."""

from __future__ import annotations

from collections import Counter, defaultdict

from .group import Group
from .mentions import Mention

_LEAGUES = """
Arizona Cardinals|Atlanta Falcons|Baltimore Ravens|Buffalo Bills|Carolina Panthers|
Chicago Bears|Cincinnati Bengals|Cleveland Browns|Dallas Cowboys|Denver Broncos|
Detroit Lions|Green Bay Packers|Houston Texans|Indianapolis Colts|Jacksonville Jaguars|
Kansas City Chiefs|Las Vegas Raiders|Los Angeles Chargers|Los Angeles Rams|Miami Dolphins|
Minnesota Vikings|New England Patriots|New Orleans Saints|New York Giants|New York Jets|
Philadelphia Eagles|Pittsburgh Steelers|San Francisco 49ers|Seattle Seahawks|
Tampa Bay Buccaneers|Tennessee Titans|Washington Commanders|
Atlanta Hawks|Boston Celtics|Brooklyn Nets|Charlotte Hornets|Chicago Bulls|
Cleveland Cavaliers|Dallas Mavericks|Denver Nuggets|Detroit Pistons|Golden State Warriors|
Houston Rockets|Indiana Pacers|Los Angeles Clippers|Los Angeles Lakers|Memphis Grizzlies|
Miami Heat|Milwaukee Bucks|Minnesota Timberwolves|New Orleans Pelicans|New York Knicks|
Oklahoma City Thunder|Orlando Magic|Philadelphia 76ers|Phoenix Suns|Portland Trail Blazers|
Sacramento Kings|San Antonio Spurs|Toronto Raptors|Utah Jazz|Washington Wizards|
Arizona Diamondbacks|Atlanta Braves|Baltimore Orioles|Boston Red Sox|Chicago Cubs|
Chicago White Sox|Cincinnati Reds|Cleveland Guardians|Colorado Rockies|Detroit Tigers|
Houston Astros|Kansas City Royals|Los Angeles Angels|Los Angeles Dodgers|Miami Marlins|
Milwaukee Brewers|Minnesota Twins|New York Mets|New York Yankees|Oakland Athletics|
Philadelphia Phillies|Pittsburgh Pirates|San Diego Padres|San Francisco Giants|
Seattle Mariners|St. Louis Cardinals|Tampa Bay Rays|Texas Rangers|Toronto Blue Jays|
Washington Nationals|
Anaheim Ducks|Boston Bruins|Buffalo Sabres|Calgary Flames|Carolina Hurricanes|
Chicago Blackhawks|Colorado Avalanche|Columbus Blue Jackets|Dallas Stars|Detroit Red Wings|
Edmonton Oilers|Florida Panthers|Los Angeles Kings|Minnesota Wild|Montreal Canadiens|
Nashville Predators|New Jersey Devils|New York Islanders|New York Rangers|Ottawa Senators|
Philadelphia Flyers|Pittsburgh Penguins|San Jose Sharks|Seattle Kraken|St. Louis Blues|
Tampa Bay Lightning|Toronto Maple Leafs|Vancouver Canucks|Vegas Golden Knights|
Washington Capitals|Winnipeg Jets
"""


# Nicknames of two words; every other nickname is the team's last word.
_TWO_WORD = {
    "red sox",
    "white sox",
    "blue jays",
    "trail blazers",
    "red wings",
    "blue jackets",
    "maple leafs",
    "golden knights",
}


def _cities_by_nickname() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for team in " ".join(_LEAGUES.split()).split("|"):
        words = team.lower().split()
        n = 2 if " ".join(words[-2:]) in _TWO_WORD else 1
        out[" ".join(words[-n:])].add(" ".join(words[:-n]))
    return {k: frozenset(v) for k, v in out.items()}


TEAM_CITIES = _cities_by_nickname()

# Words after a city that make it the team: positions and roles on a team.
POSITIONS = frozenset(
    """
    quarterback qb center centre guard tackle linebacker cornerback safety receiver wideout
    kicker punter dl de dt lb cb wr rb te ol pass running tight defensive offensive coach
    pitcher catcher shortstop outfielder infielder slugger starter closer reliever forward
    defenseman defenceman goalie goaltender winger rookie captain coordinator
    """.split()
)


def _team_key(k: str) -> str | None:
    """The nickname a key names: "steelers", or "pittsburgh steelers" with its city."""
    if k in TEAM_CITIES:
        return k
    for n in (2, 1):
        nick = " ".join(k.split()[-n:])
        if nick in TEAM_CITIES and " ".join(k.split()[:-n]) in TEAM_CITIES[nick]:
            return nick
    return None


def type_teams(groups: dict[str, Group]) -> None:
    """A team's nickname is an organisation when the story is about teams: it names two
    of them, or one with its city ("the Pittsburgh Steelers"). Alone, "Senators" or
    "Cardinals" may be anything."""
    teams = {k: _team_key(k) for k in groups}
    teams = {k: t for k, t in teams.items() if t is not None}
    if len(set(teams.values())) < 2 and all(k == t for k, t in teams.items()):
        return
    for k in teams:
        g = groups[k]
        g.votes = Counter({"ORG": len(g.mentions)})
        g.weak_votes = Counter()


def _before_a_position(m: Mention) -> bool:
    first = m.after.split()[:1]
    return bool(first) and first[0] in POSITIONS


def fold_team_cities(groups: dict[str, Group]) -> None:
    """A city named just before a position ("Pittsburgh center Maurkice Pouncey") is its
    team, when the story names that team and no other of the city's: those mentions join
    the team, whose type they do not vote on."""
    teams = [k for k in groups if k in TEAM_CITIES and groups[k].type == "ORG"]
    for city in list(groups):
        own = [t for t in teams if city in TEAM_CITIES[t]]
        if len(own) != 1:
            continue
        group = groups[city]
        moved = [m for m in group.mentions if _before_a_position(m)]
        if not moved:
            continue
        team = groups[own[0]]
        kept = [m for m in group.mentions if m not in moved]
        for m in moved:
            team.mentions.append(m)
            team.forms[m.text] += 0  # an alias, never the team's name
        if not kept:
            del groups[city]
            continue
        rebuilt = Group()
        for m in kept:
            rebuilt.add(m)
        groups[city] = rebuilt
