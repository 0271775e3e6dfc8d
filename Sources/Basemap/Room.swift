// Basemap room
