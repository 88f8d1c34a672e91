import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EngineerAreaEntity } from './entities/engineer-area.entity';
import { EngineerSkillEntity } from './entities/engineer-skill.entity';
import { EngineerTimeOffEntity } from './entities/engineer-time-off.entity';
import { EngineerEntity } from './entities/engineer.entity';
import { EngineerParticipants } from './engineer-participants';
import { EngineerTimeOffController } from './engineer-time-off.controller';
import { MyEngineerController } from './my-engineer.controller';
import { EngineerTimeOffService } from './engineer-time-off.service';
import { EngineersController } from './engineers.controller';
import { EngineersRepository } from './engineers.repository';
import { EngineersService } from './engineers.service';

@Module({
  imports: [TypeOrmModule.forFeature([EngineerEntity, EngineerSkillEntity, EngineerAreaEntity, EngineerTimeOffEntity])],
  controllers: [EngineersController, EngineerTimeOffController, MyEngineerController],
  providers: [EngineersRepository, EngineersService, EngineerTimeOffService, EngineerParticipants],
  exports: [EngineersService, EngineerParticipants],
})
export class EngineersModule {}
