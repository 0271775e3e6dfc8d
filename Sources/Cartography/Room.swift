// Cartography room
