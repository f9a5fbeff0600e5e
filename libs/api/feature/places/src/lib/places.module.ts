import { Module } from '@nestjs/common';
import { PlaceResolver } from './place.resolver';
import { PlaceService } from './place.service';

@Module({ providers: [PlaceService, PlaceResolver], exports: [PlaceService] })
export class PlacesModule {}
