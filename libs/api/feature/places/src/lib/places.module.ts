import { Module } from '@nestjs/common';
import { PlaceResolver } from './place.resolver';
import { PlaceService } from './place.service';
import { PlaceShapesResolver } from './shapes/place-shapes.resolver';
import { PlaceShapesService } from './shapes/place-shapes.service';

@Module({ providers: [PlaceService, PlaceResolver, PlaceShapesService, PlaceShapesResolver], exports: [PlaceService] })
export class PlacesModule {}
