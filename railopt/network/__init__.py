"""The rail network: data files -> validated objects -> a networkx MultiDiGraph, lookup and routing."""

from railopt.network.load import load_network, load_uncached
from railopt.network.lookup import Place, find_place, find_station, search_stations, suggest
from railopt.network.model import Group, Line, LineStop, Network, Service, Station, Transfer
from railopt.network.routing import Route, Segment, route_alternatives, shortest_route

__all__ = [
    "Group", "Line", "LineStop", "Network", "Place", "Route", "Segment", "Service", "Station", "Transfer",
    "find_place", "find_station", "load_network", "load_uncached", "route_alternatives", "search_stations",
    "shortest_route", "suggest",
]
